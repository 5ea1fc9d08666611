namespace Learning.Core.Email;

/// <summary>Bound from <c>Learning:Smtp</c>. Without a host, mail goes to the pickup folder.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool UseTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "no-reply@learning.local";
    public string FromName { get; set; } = "Marine Litter Learning";
    public int MaxAttempts { get; set; } = 10;
}
