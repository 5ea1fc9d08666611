namespace Learning.Core.Security;

/// <summary>
/// A key that signs and encrypts cookies and antiforgery tokens, kept in the database so that
/// every web node behind a load balancer reads the same key ring.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string FriendlyName { get; set; } = "";

    public string Xml { get; set; } = "";
}
