namespace CallCenter.Audio.Checks;

/// <summary>What is wrong with a WAV file meant to be played by Asterisk.</summary>
public enum WavProblemKind
{
    /// <summary>The file is structurally wrong in a way no other kind names (missing or misplaced chunks).</summary>
    Malformed,
    NotRiffWave,
    Truncated,
    UnsupportedEncoding,
    WrongSampleRate,
    NotMono,
    Not16Bit,
    Empty,
    TooShort,
    TooLong,
    MostlySilent,
    Clipped,
}
