using System.Globalization;
using System.Text;
using DirectoryPortal.Index;
using Xunit;

namespace DirectoryPortal.Tests.Index;

/// <summary>The JS arithmetic and number formatting that scores depend on, against node.</summary>
public sealed class JsMathTests
{
    // idf arguments for a range of corpus sizes (every document frequency, and the counts-twice
    // case past N), plus doubles spread over the whole positive range.
    private static List<double> LogInputs()
    {
        var inputs = new List<double>();
        foreach (int n in new[] { 1, 2, 3, 10, 57, 500, 1000, 4999 })
        {
            for (int withTerm = 1; withTerm <= 2 * n; withTerm++)
                inputs.Add(1 + Math.Abs((n - withTerm + 0.5) / (withTerm + 0.5)));
        }

        var random = new Random(99);
        for (int i = 0; i < 2000; i++)
            inputs.Add(BitConverter.Int64BitsToDouble(random.NextInt64(1, 0x7FEFFFFFFFFFFFFF)));
        inputs.AddRange([double.Epsilon, 1, 2, Math.E, 0.5, 1e-300, 1e300]);
        return inputs;
    }

    private static List<double> RoundInputs()
    {
        var random = new Random(5);
        var inputs = Enumerable.Range(-10, 21).Select(i => i + 0.5).ToList();
        inputs.AddRange([0.49999999999999994, -0.49999999999999994, -0.5, 4503599627370495.5, 1e16, -0.0004, 0.0005 * 1000]);
        for (int i = 0; i < 2000; i++) inputs.Add(random.NextDouble() * 30 * 1000);
        for (int i = 0; i < 500; i++) inputs.Add(random.Next(-5000, 5000) / 2.0);
        return inputs;
    }

    [Fact]
    public void Round_matches_math_round()
    {
        var inputs = RoundInputs();
        using var node = LunrOracle.MathFunctions(inputs);
        var rounded = node.RootElement.GetProperty("round");
        for (int i = 0; i < inputs.Count; i++)
            Assert.True(rounded[i].GetDouble() == JsMath.Round(inputs[i]), $"Math.round({inputs[i]:R}): node {rounded[i]}, ours {JsMath.Round(inputs[i]):R}");
    }

    [Fact]
    public void Numbers_are_written_as_json_stringify_writes_them()
    {
        var random = new Random(11);
        var inputs = new List<double> { 0, 1, 0.5, 1.234, 1e-7, 1.5e-7, 0.000001, 1e21, 1e20, 123456789012, 5e-324, double.MaxValue, -2.5, 12.3 };
        for (int i = 0; i < 1000; i++) inputs.Add(Math.Round(random.NextDouble() * 40, 3));
        for (int i = 0; i < 1000; i++) inputs.Add(BitConverter.Int64BitsToDouble(random.NextInt64(1, 0x7FEFFFFFFFFFFFFF)) * (i % 2 == 0 ? 1 : -1));

        using var node = LunrOracle.MathFunctions(inputs);
        var text = node.RootElement.GetProperty("text");
        for (int i = 0; i < inputs.Count; i++)
        {
            var ours = new StringBuilder();
            JsJson.AppendNumber(ours, inputs[i]);
            Assert.Equal(text[i].GetRawText(), ours.ToString());
            // Guards against a lossy format that node would merely echo back.
            Assert.Equal(inputs[i], double.Parse(ours.ToString(), CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(-0.0, "0")]
    [InlineData(0.001, "0.001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1e21, "1e+21")]
    [InlineData(double.NaN, "null")]
    [InlineData(double.PositiveInfinity, "null")]
    public void Number_formatting_examples(double value, string expected)
    {
        var output = new StringBuilder();
        JsJson.AppendNumber(output, value);
        Assert.Equal(expected, output.ToString());
    }

    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -2)]
    [InlineData(0.49999999999999994, 0)]
    [InlineData(0.5, 1)]
    public void Round_ties_go_up(double value, double expected)
    {
        Assert.Equal(expected, JsMath.Round(value));
    }

    [Fact]
    public void Strings_are_escaped_as_json_stringify_escapes_them()
    {
        var output = new StringBuilder();
        JsJson.AppendString(output, "a\"b\\c\b\f\n\r\t\u0001\u001f\u007f é 😀 \uD800x\uDC00 \u2028<>&");
        Assert.Equal("\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u001f\u007f é 😀 \\ud800x\\udc00 \u2028<>&\"", output.ToString());
    }
}
