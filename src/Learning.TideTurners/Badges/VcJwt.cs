using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Learning.TideTurners.Badges;

/// <summary>
/// A credential signed as a compact JWS with RS256, as Open Badges 3.0's "JSON Web Token Proof
/// Format" says: the payload is the credential itself plus the claims iss, jti, nbf and sub that
/// mirror it, and the JOSE header holds alg, kid and typ (which, if present, must be "JWT") and nothing else.
/// </summary>
public static class VcJwt
{
    public static string Sign(JsonObject credential, RSA key, string keyUrl)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["kid"] = keyUrl, ["typ"] = "JWT" };
        var payload = (JsonObject)credential.DeepClone();
        payload["iss"] = credential["issuer"]?["id"]?.GetValue<string>();
        payload["jti"] = credential["id"]?.GetValue<string>();
        payload["nbf"] = DateTimeOffset.Parse(credential["validFrom"]!.GetValue<string>(), CultureInfo.InvariantCulture).ToUnixTimeSeconds();
        payload["sub"] = credential["credentialSubject"]?["id"]?.GetValue<string>();
        var signingInput = Encode(header.ToJsonString()) + "." + Encode(payload.ToJsonString());
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    /// <summary>The JOSE header's <c>kid</c>, when the token is well formed and says RS256; otherwise null.</summary>
    public static string? KeyId(string token)
    {
        var parts = token.Trim().Split('.');
        return parts.Length == 3 && Parse(parts[0]) is { } header && Text(header, "alg") == "RS256" ? Text(header, "kid") : null;
    }

    /// <summary>
    /// The payload, when the signature holds and the claims agree with the credential they wrap
    /// (the verification steps of Open Badges 3.0, "Verify a Credential"); otherwise null.
    /// </summary>
    public static JsonObject? Verify(string token, RSA key)
    {
        var parts = token.Trim().Split('.');
        if (parts.Length != 3 || KeyId(token) is null)
        {
            return null;
        }
        try
        {
            var signed = key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), FromBase64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            return signed && Parse(parts[1]) is { } payload && ClaimsAgree(payload) ? payload : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// iss, jti, sub and nbf must say what the credential says. Credentials issued before the
    /// subject had an id carry neither <c>sub</c> nor <c>credentialSubject.id</c>, and agree too.
    /// </summary>
    private static bool ClaimsAgree(JsonObject payload) =>
        Text(payload, "iss") == Text(payload["issuer"] as JsonObject, "id")
        && Text(payload, "jti") == Text(payload, "id")
        && Text(payload, "sub") == Text(payload["credentialSubject"] as JsonObject, "id")
        && payload["nbf"] is JsonValue nbf && nbf.TryGetValue<long>(out var seconds)
        && DateTimeOffset.TryParse(Text(payload, "validFrom"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var validFrom)
        && validFrom.ToUnixTimeSeconds() == seconds;

    private static JsonObject? Parse(string part)
    {
        try
        {
            return JsonNode.Parse(Decode(part)) as JsonObject;
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject? json, string name) =>
        json?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The public half as a JSON Web Key, as published for verifiers.</summary>
    public static JsonObject PublicJwk(RSA key, string keyUrl)
    {
        var parameters = key.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = keyUrl,
            ["n"] = Base64Url(parameters.Modulus!), ["e"] = Base64Url(parameters.Exponent!),
        };
    }

    private static string Encode(string json) => Base64Url(Encoding.UTF8.GetBytes(json));

    private static string Decode(string part) => new UTF8Encoding(false, true).GetString(FromBase64Url(part));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s + new string('=', (4 - s.Length % 4) % 4));
    }
}
