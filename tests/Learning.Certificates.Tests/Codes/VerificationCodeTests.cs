using System.Text.RegularExpressions;
using Learning.Certificates.Codes;

namespace Learning.Certificates.Tests.Codes;

public class VerificationCodeTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    [Fact]
    public void A_new_code_looks_like_ML_and_three_groups_of_four_unambiguous_characters()
    {
        for (var i = 0; i < 200; i++)
        {
            Assert.Matches(new Regex("^ML-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"), VerificationCode.New());
        }
    }

    [Fact]
    public void A_new_code_round_trips()
    {
        var code = VerificationCode.New();

        Assert.True(VerificationCode.TryParse(code, out var parsed));
        Assert.Equal(code, parsed);
    }

    [Fact]
    public void Codes_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 20_000).Select(_ => VerificationCode.New()).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void A_code_typed_as_a_person_would_is_read_to_its_canonical_form()
    {
        var code = VerificationCode.New();
        var sloppy = code.ToLowerInvariant().Replace("-", " ").Replace("0", "o").Replace("1", "l");

        Assert.True(VerificationCode.TryParse(sloppy, out var parsed));
        Assert.Equal(code, parsed);
        Assert.True(VerificationCode.TryParse(code.Replace("-", "")[2..], out var withoutPrefix));
        Assert.Equal(code, withoutPrefix);
        Assert.True(VerificationCode.TryParse($"  {code}  ", out _));
    }

    [Fact]
    public void A_changed_check_character_is_rejected()
    {
        var code = VerificationCode.New();
        foreach (var other in Alphabet.Where(c => c != code[^1]))
        {
            Assert.False(VerificationCode.TryParse(code[..^1] + other, out _), $"{code[..^1]}{other}");
        }
    }

    [Fact]
    public void Any_single_mistyped_character_is_rejected()
    {
        for (var n = 0; n < 20; n++)
        {
            var code = VerificationCode.New();
            for (var i = 3; i < code.Length; i++)
            {
                if (code[i] == '-')
                {
                    continue;
                }
                foreach (var other in Alphabet.Where(c => c != code[i]))
                {
                    Assert.False(VerificationCode.TryParse(code[..i] + other + code[(i + 1)..], out _));
                }
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ML-")]
    [InlineData("hello")]
    [InlineData("ML-7K4Q-9WXT-3MP")]
    [InlineData("ML-7K4Q-9WXT-3MPGG")]
    [InlineData("ML-7K4Q-9WXT-3MPU")]
    [InlineData("ML-7K4Q-9WXT-3MP!")]
    [InlineData("XX-7K4Q-9WXT-3MPP")]
    [InlineData("ML-7K4Q-9WXT-3MPG")]
    [InlineData("../../etc/passwd")]
    [InlineData("ML-7K4Q-9WXT-3MPG-7K4Q-9WXT-3MPG-7K4Q-9WXT")]
    public void Malformed_codes_are_rejected(string? text)
    {
        Assert.False(VerificationCode.TryParse(text, out var parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void The_sample_code_of_the_tests_is_valid()
    {
        Assert.True(VerificationCode.TryParse(Samples.Code, out _));
    }
}
