namespace CallCenter.Testing.Channels;

/// <summary>How a channel came to exist, which decides its dialplan block and what the application is subscribed to.</summary>
internal enum ChannelKind
{
    /// <summary>A simulated caller: an incoming PJSIP call that runs the dialplan into Stasis().</summary>
    Inbound,

    /// <summary>POST /channels: dialed at once by ast_dial, enters Stasis (or the dialplan) when answered.</summary>
    Originated,

    /// <summary>POST /channels/create: in Stasis at once, dialed later with POST /channels/{id}/dial.</summary>
    Created,

    /// <summary>POST /channels/{id}/snoop.</summary>
    Snoop,
}
