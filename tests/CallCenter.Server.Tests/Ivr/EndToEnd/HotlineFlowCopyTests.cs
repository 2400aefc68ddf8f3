namespace CallCenter.Server.Tests.Ivr.EndToEnd;

public sealed class HotlineFlowCopyTests
{
    [Test]
    public void Shortened_ChangesOnlyTimeoutLines_EachToAShorterWait()
    {
        var original = File.ReadAllLines(HotlineFlowCopy.Original);

        var copy = HotlineFlowCopy.Shortened(0.1).Split('\n')[..^1];

        var changed = original.Zip(copy).Where(pair => pair.First != pair.Second).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(copy, Has.Length.EqualTo(original.Length), "line for line");
            Assert.That(changed, Is.Not.Empty);
            Assert.That(changed.Select(pair => pair.First.Trim()), Has.All.Match("^[a-z-]*timeout: [0-9]+s$"));
            Assert.That(changed.Select(pair => pair.Second.Trim()), Has.All.Match("^[a-z-]*timeout: [0-9]+ms$"));
        });
    }

    [Test]
    public void Shortened_ScalesEachTimeout()
    {
        var copy = HotlineFlowCopy.Shortened(0.1);

        Assert.That(copy, Does.Contain("  timeout: 600ms\n").And.Contain("  inter-digit-timeout: 400ms\n").And.Contain("    review-timeout: 600ms\n"));
    }
}
