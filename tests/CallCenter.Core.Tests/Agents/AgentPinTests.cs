using CallCenter.Core.Agents;

namespace CallCenter.Core.Tests.Agents;

public sealed class AgentPinTests
{
    [Test]
    public void Verify_TheRightPin_IsTrue()
    {
        var stored = AgentPin.Hash("4821");

        Assert.That(AgentPin.Verify("4821", stored), Is.True);
    }

    [Test]
    public void Verify_AWrongPin_IsFalse()
    {
        var stored = AgentPin.Hash("4821");

        Assert.That(AgentPin.Verify("4812", stored), Is.False);
    }

    [Test]
    public void Hash_TheSamePinTwice_IsSaltedDifferently_AndHoldsNoPin()
    {
        var first = AgentPin.Hash("4821");
        var second = AgentPin.Hash("4821");

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.Not.EqualTo(second));
            Assert.That(first, Does.Not.Contain("4821"));
        });
    }

    [TestCase("")]
    [TestCase("plain-text-pin")]
    [TestCase("pbkdf2-sha256$x$abc$def")]
    [TestCase("pbkdf2-sha256$1000$not base64!$x")]
    public void Verify_AGarbledStoredHash_IsFalseNotAnError(string stored)
    {
        Assert.That(AgentPin.Verify("4821", stored), Is.False);
    }

    [TestCase("1234")]
    [TestCase("000000")]
    [TestCase("123456789012")]
    public void IsWellFormed_FourToTwelveDigits_IsAccepted(string pin) => Assert.That(AgentPin.IsWellFormed(pin), Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("123")]
    [TestCase("1234567890123")]
    [TestCase("12a4")]
    [TestCase("12 34")]
    [TestCase("\u0661\u0662\u0663\u0664")]
    public void IsWellFormed_AnythingElse_IsRefused(string? pin) => Assert.That(AgentPin.IsWellFormed(pin), Is.False);
}
