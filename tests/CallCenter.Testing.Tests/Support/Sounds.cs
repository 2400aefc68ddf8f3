using CallCenter.Audio;

namespace CallCenter.Testing.Tests.Support;

/// <summary>A throw-away sounds directory laid out like prompts/ ({lang}/NAME.wav), with files of chosen lengths.</summary>
public sealed class Sounds : IDisposable
{
    public Sounds()
    {
        Directory = Path.Combine(Path.GetTempPath(), "fake-asterisk-sounds-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public Sounds Add(string relativeName, TimeSpan length)
    {
        WavWriter.Write(Path.Combine(Directory, relativeName + ".wav"), ToneGenerator.Silence(length));
        return this;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory harms nobody.
        }
    }
}
