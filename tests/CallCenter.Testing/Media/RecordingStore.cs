namespace CallCenter.Testing.Media;

/// <summary>Asterisk's recording spool: NAME.FORMAT files, possibly in sub-directories.</summary>
internal sealed class RecordingStore
{
    /// <summary>File extensions Asterisk has a format for (ast_get_format_for_file_ext).</summary>
    public static readonly IReadOnlySet<string> KnownFormats = new HashSet<string>(StringComparer.Ordinal)
    {
        "wav", "WAV", "wav16", "gsm", "ulaw", "pcm", "ul", "mu", "alaw", "al", "alw", "sln", "raw", "sln16", "g722", "g729", "ogg",
    };

    public RecordingStore(string directory) => Directory = System.IO.Path.GetFullPath(directory);

    public string Directory { get; }

    /// <summary>The file path for a recording name, or null when the name would leave the spool.</summary>
    public string? PathFor(string name, string format)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, name + "." + format));
        return path.StartsWith(Directory + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }

    public StoredRecording? Find(string name)
    {
        if (string.IsNullOrEmpty(name) || PathFor(name, "wav") is not { } probe)
        {
            return null;
        }
        var folder = System.IO.Path.GetDirectoryName(probe)!;
        if (!System.IO.Directory.Exists(folder))
        {
            return null;
        }
        var file = System.IO.Path.GetFileName(name);
        foreach (var path in System.IO.Directory.EnumerateFiles(folder, file + ".*"))
        {
            var format = System.IO.Path.GetExtension(path).TrimStart('.');
            if (KnownFormats.Contains(format) && System.IO.Path.GetFileNameWithoutExtension(path) == file)
            {
                return new StoredRecording(name, format, path);
            }
        }
        return null;
    }

    public IReadOnlyList<StoredRecording> List()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }
        var found = new List<StoredRecording>();
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
        {
            var format = System.IO.Path.GetExtension(path).TrimStart('.');
            if (!KnownFormats.Contains(format))
            {
                continue;
            }
            var relative = System.IO.Path.GetRelativePath(Directory, path).Replace(System.IO.Path.DirectorySeparatorChar, '/');
            found.Add(new StoredRecording(relative[..^(format.Length + 1)], format, path));
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return found;
    }
}
