namespace CallCenter.Testing;

/// <summary>Who ended a simulated call.</summary>
public enum HangupParty
{
    /// <summary>The simulated phone itself (the caller, or the agent's softphone, including a busy reply).</summary>
    Phone,

    /// <summary>The ARI application, with DELETE /channels/{id}.</summary>
    Application,

    /// <summary>The dialplan: no route for the extension, Stasis() failed, or the call went back to the dialplan and ran out.</summary>
    Dialplan,

    /// <summary>Nobody answered before the dial timeout.</summary>
    DialTimeout,

    /// <summary>Asterisk went away (crash or restart) and took the call with it.</summary>
    Asterisk,
}
