namespace CallCenter.Server.Tests.AsteriskConfig;

public class DialplanPatternTests
{
    [TestCase("100", "100", true)]
    [TestCase("100", "1001", false)]
    [TestCase("_X.", "4155550100", true)]
    [TestCase("_X.", "7", false)]
    [TestCase("_+X.", "+4155550100", true)]
    [TestCase("_+X.", "4155550100", false)]
    [TestCase("_100[1-9]", "1001", true)]
    [TestCase("_100[1-9]", "1000", false)]
    [TestCase("_100[1-9]", "10010", false)]
    [TestCase("_NXX", "211", true)]
    [TestCase("_NXX", "111", false)]
    [TestCase("_Z!", "9", true)]
    public void Matches_FollowsAsteriskPatternRules(string extension, string dialled, bool expected)
    {
        Assert.That(DialplanPattern.Matches(extension, dialled), Is.EqualTo(expected));
    }
}
