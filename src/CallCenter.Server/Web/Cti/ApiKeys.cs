using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CallCenter.Server.Web.Cti;

/// <summary>
/// The keys other systems (a CRM) use for the CTI API: 32 random bytes in base64url behind "cc_", kept by the
/// server only as their SHA-256 hash, so configuration that leaks gives nobody a working key.
/// </summary>
public static class ApiKeys
{
    public const string Prefix = "cc_";

    private const int SecretBytes = 32;
    private const int HashHexLength = SHA256.HashSizeInBytes * 2;

    /// <summary>A new key, to show once, and the hash to configure.</summary>
    public static (string Key, string Hash) Generate()
    {
        var key = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        return (key, HashOf(key));
    }

    /// <summary>The key's SHA-256 as 64 lowercase hex digits: what Cti:ApiKeys holds.</summary>
    public static string HashOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>Whether <paramref name="hash"/> is a usable configured hash: 64 hex digits.</summary>
    public static bool IsHash(string? hash) =>
        hash is { Length: HashHexLength } && hash.All(char.IsAsciiHexDigit);

    /// <summary>Whether <paramref name="presented"/> is the key behind <paramref name="hash"/>, in time that does not depend on where they differ.</summary>
    public static bool Matches(string presented, string hash)
    {
        ArgumentNullException.ThrowIfNull(presented);
        if (!IsHash(hash))
        {
            return false;
        }
        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        Convert.FromHexString(hash, expected, out _, out _);
        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), actual);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
