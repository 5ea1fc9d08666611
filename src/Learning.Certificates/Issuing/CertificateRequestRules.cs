using System.Globalization;

namespace Learning.Certificates.Issuing;

/// <summary>What a request must satisfy before it becomes a row: a refusal names the field, not a database error.</summary>
internal static class CertificateRequestRules
{
    public static void Check(CertificateRequest request)
    {
        Required(request.SubjectKey, 200, nameof(request.SubjectKey));
        Required(request.Programme, 50, nameof(request.Programme));
        Required(request.HolderName, 200, nameof(request.HolderName));
        Required(request.Culture, 20, nameof(request.Culture));
        Required(request.CourseTitle, 300, nameof(request.CourseTitle));
        Required(request.Template, 100, nameof(request.Template));
        if (request.TrackTitle.Length > 300)
        {
            throw new ArgumentException("is longer than 300 characters", nameof(request.TrackTitle));
        }
        try
        {
            CultureInfo.GetCultureInfo(request.Culture);
        }
        catch (CultureNotFoundException)
        {
            throw new ArgumentException($"'{request.Culture}' is not a language", nameof(request.Culture));
        }
    }

    private static void Required(string? value, int maxLength, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("is required", name);
        }
        if (value.Length > maxLength)
        {
            throw new ArgumentException($"is longer than {maxLength} characters", name);
        }
    }
}
