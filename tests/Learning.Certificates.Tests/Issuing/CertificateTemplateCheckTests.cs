using Learning.Certificates.Issuing;
using Learning.Core.Email;

namespace Learning.Certificates.Tests.Issuing;

public sealed class CertificateTemplateCheckTests
{
    private static TemplateProblem? Check(string body, string culture = "fr") => CertificateTemplateCheck.Find(new LiquidTemplates(), body, culture);

    [Fact]
    public void Every_built_in_wording_passes()
    {
        Assert.All(BuiltInTemplates.Templates, t => Assert.Null(Check(t.Body, t.Culture)));
    }

    [Theory]
    [InlineData("Titre\n{% if name %}\nfin\nLe {{ date }}\nVérifiez\n", TemplateProblemKind.NotLiquid)]
    [InlineData("Titre\n{{ name | divided_by: 0 }}\nfin\nLe {{ date }}\nVérifiez\n", TemplateProblemKind.FailsToRender)]
    [InlineData("Titre\ndeux lignes seulement\n", TemplateProblemKind.WrongLineCount)]
    public void A_wording_that_cannot_be_printed_says_why(string body, TemplateProblemKind kind)
    {
        Assert.Equal(kind, Check(body)?.Kind);
    }
}
