using Microsoft.Extensions.Configuration;

namespace Learning.Core;

/// <summary>
/// The site's public base address (<c>Learning:PublicUrl</c>), for links in e-mails that jobs send
/// when there is no request to take it from.
/// </summary>
public sealed class PublicAddress(IConfiguration configuration)
{
    public string BaseUrl { get; } = (configuration["Learning:PublicUrl"] is { Length: > 0 } url ? url : "http://localhost:5000").TrimEnd('/');

    public string For(string path) => BaseUrl + "/" + path.TrimStart('/');

    /// <summary>The address as a link: e-mail templates make links of <see cref="Uri"/> values only.</summary>
    public Uri Link(string path) => new(For(path));
}
