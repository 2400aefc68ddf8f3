namespace CallCenter.Server.Web;

/// <summary>The agent desktop and API ("Web" section). Where it listens is Kestrel's own setting ("Urls", "Kestrel:Endpoints").</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>
    /// Whether the sign-in cookie is sent over HTTPS only. Default true: browsers keep such cookies for https:// and
    /// for http://localhost, so a desktop reached over plain HTTP from another machine needs HTTPS (Kestrel:Endpoints)
    /// or, on a network the admin trusts, false here.
    /// </summary>
    public bool SecureCookies { get; set; } = true;

    /// <summary>
    /// Where the keys that seal sign-in cookies are kept (default "data/keys", beside the database): kept keys let
    /// agents stay signed in across a restart. The folder is as secret as the database.
    /// </summary>
    public string KeysDirectory { get; set; } = "data/keys";

    /// <summary>How long a sign-in lasts without being used. Default 12 hours: a shift.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How often a signed-in agent is looked up again: a deactivated agent is signed out and a changed role applies
    /// within this long. Default 1 minute.
    /// </summary>
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Wrong PINs in a row before an extension's sign-in is locked. Default 5.</summary>
    public int SignInAttempts { get; set; } = 5;

    /// <summary>How long a locked extension waits before trying again. Default 5 minutes.</summary>
    public TimeSpan SignInLockout { get; set; } = TimeSpan.FromMinutes(5);
}
