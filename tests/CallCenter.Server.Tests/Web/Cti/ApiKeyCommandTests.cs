using System.Text.RegularExpressions;
using CallCenter.Server.Commands;
using CallCenter.Server.Web.Cti;

namespace CallCenter.Server.Tests.Web.Cti;

/// <summary>`apikey new NAME`: the key, once, and the configuration entry that lets it in.</summary>
public sealed class ApiKeyCommandTests
{
    [Test]
    public async Task New_PrintsAKeyThatMatchesThePrintedHash()
    {
        var printed = await ApiKeyCommand.NewAsync("crm");

        Assert.That(ApiKeys.Matches(printed.Key, printed.Hash), Is.True);
    }

    [Test]
    public async Task New_PrintsTheJsonEntryWithTheHashOnly()
    {
        var printed = await ApiKeyCommand.NewAsync("crm");

        Assert.That(printed.Output, Does.Contain($$"""{"Name":"crm","Hash":"{{printed.Hash}}"}"""));
        Assert.That(Regex.Count(printed.Output, Regex.Escape(printed.Key)), Is.EqualTo(2), "the key itself and the header example, nowhere else");
    }

    [Test]
    public async Task New_WithKeysConfigured_NumbersTheEnvironmentEntryAfterThem()
    {
        var printed = await ApiKeyCommand.NewAsync("wallboard", "--Cti:ApiKeys:0:Name=crm", "--Cti:ApiKeys:0:Hash=" + new string('a', 64));

        Assert.That(printed.Output, Does.Contain("Cti__ApiKeys__1__Name=wallboard").And.Contain("Cti__ApiKeys__1__Hash=" + printed.Hash));
    }

    [Test]
    public async Task New_BadName_IsAUsageErrorThatSaysWhatANameIs()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ServerCommandLine.RunAsync(["apikey", "new", "my crm!"], output, error, CancellationToken.None);

        Assert.That(exit, Is.EqualTo(ServerCommandLine.Usage));
        Assert.That(error.ToString(), Does.Contain("letters, digits"));
        Assert.That(output.ToString(), Is.Empty);
    }
}
