using CallCenter.Testing;

namespace CallCenter.Ari.Tests.Events;

/// <summary>
/// Where Asterisk's own swagger lives on a machine that has it: ../shared/ari/api-docs next to the repository.
/// A clone on its own has no such folder; tests that compare against it say so and are skipped.
/// </summary>
public static class AsteriskApiDocs
{
    /// <summary>The api-docs folder, or null with the reason it is not there.</summary>
    public static string? Find(out string reason)
    {
        var apiDocs = RepositoryRoot.SharedPath("ari", "api-docs");
        if (apiDocs is null || !File.Exists(Path.Combine(apiDocs, "events.json")))
        {
            reason = "No ../shared/ari/api-docs/events.json beside the repository on this machine (a clone on its own has none).";
            return null;
        }
        reason = "";
        return apiDocs;
    }
}
