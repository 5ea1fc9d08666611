using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Learning.TideTurners.Badges;

/// <summary>A credential signed as a compact VC-JWT with RS256: the payload is the credential itself.</summary>
public static class VcJwt
{
    public static string Sign(JsonObject credential, RSA key, string keyUrl)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "vc+jwt", ["kid"] = keyUrl };
        var payload = (JsonObject)credential.DeepClone();
        payload["iss"] = credential["issuer"]?["id"]?.GetValue<string>();
        payload["jti"] = credential["id"]?.GetValue<string>();
        payload["nbf"] = DateTimeOffset.Parse(credential["validFrom"]!.GetValue<string>()).ToUnixTimeSeconds();
        var signingInput = Encode(header.ToJsonString()) + "." + Encode(payload.ToJsonString());
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    /// <summary>The payload, when the token is well formed, says RS256 and its signature holds; otherwise null.</summary>
    public static JsonObject? Verify(string token, RSA key)
    {
        var parts = token.Trim().Split('.');
        if (parts.Length != 3)
        {
            return null;
        }
        try
        {
            var header = JsonNode.Parse(Decode(parts[0])) as JsonObject;
            if (header?["alg"]?.GetValue<string>() != "RS256")
            {
                return null;
            }
            var signed = key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), FromBase64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            return signed ? JsonNode.Parse(Decode(parts[1])) as JsonObject : null;
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidOperationException or DecoderFallbackException)
        {
            return null;
        }
    }

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
