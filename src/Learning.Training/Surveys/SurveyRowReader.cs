using System.Globalization;
using Learning.Core.Cultures;

namespace Learning.Training.Surveys;

/// <summary>Checks the fields of one data row, adding an error per bad column.</summary>
internal sealed class SurveyRowReader(int number, List<string> fields, Dictionary<string, int> index, ISet<string> categories, DateOnly today,
    PoStringLocalizer t, List<SurveyError> errors)
{
    private bool failed;

    public SurveyRow? Read()
    {
        var site = Text("site", 200);
        var country = Text("country", 2)?.ToUpperInvariant();
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
        {
            Fail("country", t["Expected a two-letter country code such as KE."]);
        }
        var date = Date();
        var transect = Decimal("transect_length_m");
        var code = Text("category_code", 20)?.ToUpperInvariant();
        if (code is not null && !categories.Contains(code))
        {
            Fail("category_code", t["Unknown category code \"{0}\".", code]);
        }
        var name = Text("category_name", 200);
        var count = Count();
        return failed ? null : new SurveyRow
        {
            Site = site!, Country = country!, Date = date!.Value, TransectMetres = transect!.Value,
            CategoryCode = code!, CategoryName = name!, Count = count!.Value,
        };
    }

    private string? Text(string column, int maxLength)
    {
        var value = index[column] < fields.Count ? fields[index[column]].Trim() : "";
        if (value.Length == 0)
        {
            return Fail<string>(column, t["This value is missing."]);
        }
        return value.Length > maxLength ? Fail<string>(column, t["At most {0} characters.", maxLength]) : value;
    }

    private DateOnly? Date()
    {
        if (Text("date", 10) is not { } text)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Fail<DateOnly>("date", t["Expected a date as YYYY-MM-DD."]);
        }
        return date > today ? Fail<DateOnly>("date", t["The date {0} is in the future.", text]) : date;
    }

    private decimal? Decimal(string column)
    {
        if (Text(column, 20) is not { } text)
        {
            return null;
        }
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : Fail<decimal>(column, t["Expected a length in metres greater than zero."]);
    }

    private int? Count()
    {
        if (Text("count", 10) is not { } text)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
        {
            return Fail<int>("count", t["Expected a whole number."]);
        }
        return count < 0 ? Fail<int>("count", t["A count cannot be negative."]) : count;
    }

    private void Fail(string column, string message)
    {
        failed = true;
        errors.Add(new SurveyError(number, column, message));
    }

    private T? Fail<T>(string column, string message)
    {
        Fail(column, message);
        return default;
    }
}
