using System.Globalization;
using System.Text.Json;

namespace Assistance.Benchmarks.Ratios;

/// <summary>The named figures of one suite run (a flat object in results.json), in the order they were measured.</summary>
public sealed class Figures
{
    private readonly Dictionary<string, double> _values = [];

    public IReadOnlyDictionary<string, double> Values => _values;

    public double this[string name]
    {
        get => _values[name];
        set
        {
            _values[name] = Math.Round(value, 4);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name} = {_values[name]:0.####}"));
        }
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public void AddLatencies(string prefix, string name, Latencies latencies)
    {
        this[$"{prefix}P50Ms.{name}"] = latencies.Percentile(50);
        this[$"{prefix}P95Ms.{name}"] = latencies.Percentile(95);
        this[$"{prefix}P99Ms.{name}"] = latencies.Percentile(99);
    }

    public string ToJson(IReadOnlyDictionary<string, string> context)
    {
        var all = new Dictionary<string, object>();
        foreach (var (key, value) in context) all[key] = value;
        foreach (var (key, value) in _values) all[key] = value;
        return JsonSerializer.Serialize(all, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
