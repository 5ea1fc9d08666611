using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Learning.Impact.Report;

/// <summary>The report form as typed: dates as ISO text, so that a bad one is a message, not a binding failure.</summary>
public sealed class ReportInput
{
    [Display(Name = "Language")]
    public string Culture { get; set; } = "en";

    [Required(ErrorMessage = "Enter a date.")]
    [Display(Name = "From")]
    public string From { get; set; } = "";

    [Required(ErrorMessage = "Enter a date.")]
    [Display(Name = "To")]
    public string To { get; set; } = "";

    [Display(Name = "Country (optional)")]
    public string? Country { get; set; }

    /// <summary>The request the input stands for, or null with the reasons in <paramref name="errors"/>.</summary>
    public ReportRequest? Check(ModelStateDictionary errors, Func<string, string> t)
    {
        if (!ReportLanguages.IsSupported(Culture))
        {
            errors.AddModelError("Input.Culture", t("Choose one of the listed languages."));
        }
        var from = Date(From, "Input.From", errors, t);
        var to = Date(To, "Input.To", errors, t);
        if (from is not null && to is not null && to < from)
        {
            errors.AddModelError("Input.To", t("The period ends on or after the day it starts."));
        }
        var country = string.IsNullOrWhiteSpace(Country) ? null : Country.Trim().ToUpperInvariant();
        if (country is not null && !IsCountry(country))
        {
            errors.AddModelError("Input.Country", t("Enter a two-letter country code such as KE, or leave it empty."));
        }
        return errors.IsValid && from is { } f && to is { } e ? new ReportRequest(Culture, f, e, country) : null;
    }

    private static DateOnly? Date(string text, string key, ModelStateDictionary errors, Func<string, string> t)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        if (errors.GetFieldValidationState(key) != ModelValidationState.Invalid)
        {
            errors.AddModelError(key, t("Enter a date like 2030-01-31."));
        }
        return null;
    }

    /// <summary>The two-letter codes of the regions .NET has cultures for: ISO 3166 countries, without "ZZ" or "001".</summary>
    private static readonly Lazy<HashSet<string>> Countries = new(() => CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => new RegionInfo(c.Name).TwoLetterISORegionName).Where(r => r.Length == 2 && r.All(char.IsAsciiLetterUpper)).ToHashSet(StringComparer.Ordinal));

    private static bool IsCountry(string code) => Countries.Value.Contains(code);
}
