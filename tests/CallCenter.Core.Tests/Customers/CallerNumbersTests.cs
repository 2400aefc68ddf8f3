using CallCenter.Core.Customers;

namespace CallCenter.Core.Tests.Customers;

public sealed class CallerNumbersTests
{
    [TestCase("+15551230001", "US", "+15551230001")]
    [TestCase("(555) 123-0001", "US", "+15551230001")]
    [TestCase("5551230001", "US", "+15551230001")]
    [TestCase("0015551230001", "CN", "+15551230001")]
    [TestCase("13800138000", "CN", "+8613800138000")]
    [TestCase("+86 138 0013 8000", "US", "+8613800138000")]
    public void ToE164_AnyFormOfANumber_GivesOneForm(string raw, string region, string expected)
    {
        Assert.That(CallerNumbers.ToE164(raw, region), Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("anonymous")]
    [TestCase("caller")]
    [TestCase("12")]
    public void ToE164_NotAPhoneNumber_IsNull(string? raw)
    {
        Assert.That(CallerNumbers.ToE164(raw, "US"), Is.Null);
    }
}
