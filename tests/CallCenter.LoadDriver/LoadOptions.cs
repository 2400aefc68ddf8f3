using System.Globalization;

namespace CallCenter.LoadDriver;

/// <summary>What to run: "--calls 5000 --speed 1 --ramp 2" (ramp in seconds over which the calls arrive).</summary>
internal sealed record LoadOptions(int Calls, double PlaybackSpeed, TimeSpan Ramp)
{
    public static LoadOptions Parse(string[] args)
    {
        var calls = 5000;
        var speed = 1.0;
        var ramp = TimeSpan.FromSeconds(2);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--calls":
                    calls = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--speed":
                    speed = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--ramp":
                    ramp = TimeSpan.FromSeconds(double.Parse(args[i + 1], CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}; use --calls N --speed F --ramp SECONDS");
            }
        }
        return new LoadOptions(calls, speed, ramp);
    }
}
