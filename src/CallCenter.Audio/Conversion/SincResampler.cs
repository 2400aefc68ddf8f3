namespace CallCenter.Audio.Conversion;

/// <summary>
/// Changes the sample rate of one channel by band-limited (Kaiser-windowed sinc) interpolation, for any pair of
/// rates: espeak-ng's 22050 Hz to 8000 Hz is not an integer ratio.
/// </summary>
/// <remarks>
/// The low-pass passes up to 85% of the lower Nyquist frequency (3.4 kHz when going to 8 kHz, the whole telephone
/// band) and stops everything from that Nyquist frequency up by at least 100 dB, so nothing folds back as an
/// alias. The kernel is symmetric and centred, so the output is not delayed. Samples outside the input are zero.
/// </remarks>
public sealed class SincResampler
{
    private const double PassbandFraction = 0.85;
    private const double StopbandAttenuationDb = 100;

    // Kernel samples per input sample; linear interpolation between them errs by under 1e-5.
    private const int TableResolution = 512;

    private readonly double[] kernel;
    private readonly double halfWidth;
    private readonly double step;

    public SincResampler(int inputRate, int outputRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputRate);
        InputRate = inputRate;
        OutputRate = outputRate;
        step = (double)inputRate / outputRate;

        var nyquist = Math.Min(inputRate, outputRate) / 2.0;
        var passEdge = PassbandFraction * nyquist;
        var cutoff = (passEdge + nyquist) / 2 / inputRate;
        var transition = 2 * Math.PI * (nyquist - passEdge) / inputRate;
        // Kaiser's formulas for the window's shape and the filter's length from attenuation and transition width.
        var beta = 0.1102 * (StopbandAttenuationDb - 8.7);
        halfWidth = (StopbandAttenuationDb - 7.95) / (2.285 * transition) / 2;

        var points = (int)Math.Ceiling(halfWidth * TableResolution) + 2;
        kernel = new double[points];
        var windowScale = 1 / BesselI0(beta);
        for (var j = 0; j < points; j++)
        {
            var tau = (double)j / TableResolution;
            var x = tau / halfWidth;
            var window = x >= 1 ? 0 : BesselI0(beta * Math.Sqrt(1 - x * x)) * windowScale;
            kernel[j] = 2 * cutoff * Sinc(2 * cutoff * tau) * window;
        }
    }

    public int InputRate { get; }

    public int OutputRate { get; }

    /// <summary>How many samples <paramref name="inputLength"/> input samples become: the same duration, rounded.</summary>
    public int OutputLength(int inputLength) =>
        checked((int)(((long)inputLength * OutputRate + InputRate / 2) / InputRate));

    public float[] Resample(ReadOnlySpan<float> input)
    {
        var output = new float[OutputLength(input.Length)];
        for (var n = 0; n < output.Length; n++)
        {
            var t = n * step;
            var first = Math.Max(0, (int)Math.Ceiling(t - halfWidth));
            var last = Math.Min(input.Length - 1, (int)Math.Floor(t + halfWidth));
            var sum = 0.0;
            for (var k = first; k <= last; k++)
            {
                sum += input[k] * Kernel(Math.Abs(t - k));
            }
            output[n] = (float)sum;
        }
        return output;
    }

    private double Kernel(double distance)
    {
        var position = distance * TableResolution;
        var index = (int)position;
        if (index >= kernel.Length - 1)
        {
            return 0;
        }
        var fraction = position - index;
        return kernel[index] + (kernel[index + 1] - kernel[index]) * fraction;
    }

    private static double Sinc(double x) => x == 0 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);

    private static double BesselI0(double x)
    {
        var sum = 1.0;
        var term = 1.0;
        var quarterSquare = x * x / 4;
        for (var k = 1; term > sum * 1e-17; k++)
        {
            term *= quarterSquare / (k * k);
            sum += term;
        }
        return sum;
    }
}
