namespace CallCenter.Testing.Channels;

/// <summary>The channel state names ARI uses (ast_state2str).</summary>
internal static class ChannelStates
{
    public const string Down = "Down";
    public const string Ring = "Ring";
    public const string Ringing = "Ringing";
    public const string Up = "Up";
}
