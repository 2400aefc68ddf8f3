namespace CallCenter.Core.Ivr.Flows;

/// <summary>Where something was written in a flow file, for errors an admin can act on.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}
