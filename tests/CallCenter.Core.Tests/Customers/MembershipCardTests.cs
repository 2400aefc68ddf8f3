using CallCenter.Core.Customers;

namespace CallCenter.Core.Tests.Customers;

public sealed class MembershipCardTests
{
    [Test]
    public void WithCheckDigit_MakesAValidNumber()
    {
        var number = MembershipCard.WithCheckDigit("88001234567");

        Assert.That((number.Length, MembershipCard.IsValid(number)), Is.EqualTo((12, true)));
    }

    [Test]
    public void IsValid_OneDigitMistyped_IsCaught()
    {
        var number = MembershipCard.WithCheckDigit("88001234567");

        var mistyped = Enumerable.Range(0, 12)
            .SelectMany(i => Enumerable.Range(0, 10).Select(d => number[..i] + (char)('0' + d) + number[(i + 1)..]))
            .Where(candidate => candidate != number);

        Assert.That(mistyped.Where(MembershipCard.IsValid), Is.Empty);
    }

    [Test]
    public void IsValid_TwoNeighboursSwapped_IsCaught()
    {
        var number = MembershipCard.WithCheckDigit("88001234567");

        var swapped = Enumerable.Range(0, 11)
            .Where(i => number[i] != number[i + 1] && !(number[i] is '0' or '9' && number[i + 1] is '0' or '9'))
            .Select(i => number[..i] + number[i + 1] + number[i] + number[(i + 2)..]);

        Assert.That(swapped.Where(MembershipCard.IsValid), Is.Empty);
    }

    [TestCase("")]
    [TestCase("8800123456")]
    [TestCase("88001234567x")]
    [TestCase("8800123456789")]
    public void IsValid_WrongShape_IsFalse(string number)
    {
        Assert.That(MembershipCard.IsValid(number), Is.False);
    }

    [Test]
    public void Mask_ShowsOnlyTheLastFourDigits()
    {
        Assert.That(MembershipCard.Mask("880012345675"), Is.EqualTo("********5675"));
    }
}
