using Learning.Core;

namespace Learning.Core.Tests;

public sealed class EnumNamesTests
{
    private enum Light { Green, Yellow, Red }

    [Theory]
    [InlineData("Yellow", false, true)]
    [InlineData("yellow", true, true)]
    [InlineData("yellow", false, false)]
    [InlineData("1", false, false)]
    [InlineData("7", false, false)]
    [InlineData("Green, Red", false, false)]
    [InlineData(" Red", false, false)]
    [InlineData("", false, false)]
    [InlineData(null, false, false)]
    public void Only_a_name_is_a_choice(string? text, bool ignoreCase, bool chosen)
    {
        Assert.Equal(chosen, EnumNames.TryParse<Light>(text, out _, ignoreCase));
    }

    [Fact]
    public void A_name_gives_its_value()
    {
        Assert.True(EnumNames.TryParse<Light>("red", out var light, ignoreCase: true));
        Assert.Equal(Light.Red, light);
    }
}
