using CallCenter.Server.Web.Cti;

namespace CallCenter.Server.Tests.Web.Cti;

public sealed class ApiKeysTests
{
    [Test]
    public void Generate_KeyIsPrefixedBase64UrlOf32Bytes()
    {
        var (key, _) = ApiKeys.Generate();

        Assert.That(key, Does.Match("^cc_[A-Za-z0-9_-]{43}$"));
    }

    [Test]
    public void Generate_TwoKeys_Differ()
    {
        var first = ApiKeys.Generate();
        var second = ApiKeys.Generate();

        Assert.That(first.Key, Is.Not.EqualTo(second.Key));
    }

    [Test]
    public void Generate_HashIsTheKeysSha256InHex()
    {
        var (key, hash) = ApiKeys.Generate();

        Assert.That(hash, Is.EqualTo(ApiKeys.HashOf(key)).And.Match("^[0-9a-f]{64}$"));
    }

    [Test]
    public void HashOf_KnownKey_IsItsSha256()
    {
        Assert.That(ApiKeys.HashOf("abc"), Is.EqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    [Test]
    public void Matches_TheKeyOfTheHash_IsTrue()
    {
        var (key, hash) = ApiKeys.Generate();

        Assert.That(ApiKeys.Matches(key, hash), Is.True);
    }

    [Test]
    public void Matches_HashInUpperCase_IsTrue()
    {
        var (key, hash) = ApiKeys.Generate();

        Assert.That(ApiKeys.Matches(key, hash.ToUpperInvariant()), Is.True);
    }

    [Test]
    public void Matches_AnotherKey_IsFalse()
    {
        var (_, hash) = ApiKeys.Generate();
        var (other, _) = ApiKeys.Generate();

        Assert.That(ApiKeys.Matches(other, hash), Is.False);
    }

    [Test]
    public void Matches_TheHashItself_IsFalse()
    {
        var (_, hash) = ApiKeys.Generate();

        Assert.That(ApiKeys.Matches(hash, hash), Is.False, "the configured hash is no key");
    }

    [TestCase("")]
    [TestCase("not-a-hash")]
    [TestCase("zz7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void Matches_MalformedHash_IsFalse(string hash)
    {
        Assert.That(ApiKeys.Matches("abc", hash), Is.False);
    }
}
