using System.Buffers;
using BenchmarkDotNet.Attributes;
using RouteApi.Formats.Json;
using RouteApi.Formats.Protobuf;
using RouteApi.Formats.Yaml;

namespace RouteApi.Formats.Benchmarks;

/// <summary>
/// Serialize (into a reused buffer, as a response or the encode-once cache does) and deserialize
/// (from bytes in memory) one <typeparamref name="T"/> in each wire format.
/// </summary>
/// <typeparam name="T">The object type.</typeparam>
[MemoryDiagnoser]
public abstract class FormatBenchmarks<T>
    where T : class
{
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);
    private T _value = null!;
    private byte[] _json = [];
    private byte[] _yaml = [];
    private byte[] _protobuf = [];

    /// <summary>Builds the object and its encoded forms.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _value = Create();
        _json = KubernetesJson.SerializeToBytes(_value);
        _yaml = KubernetesYaml.SerializeToBytes(_value);
        _protobuf = KubernetesProtobuf.SerializeToBytes(_value);
    }

    /// <summary>Compact JSON.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Serialize")]
    public int SerializeJson()
    {
        _output.ResetWrittenCount();
        KubernetesJson.Serialize(_value, _output);
        return _output.WrittenCount;
    }

    /// <summary>YAML (JSON, then YAML).</summary>
    [Benchmark]
    [BenchmarkCategory("Serialize")]
    public int SerializeYaml()
    {
        _output.ResetWrittenCount();
        KubernetesYaml.Serialize(_value, _output);
        return _output.WrittenCount;
    }

    /// <summary>Protobuf in the <c>k8s\0</c> envelope.</summary>
    [Benchmark]
    [BenchmarkCategory("Serialize")]
    public int SerializeProtobuf()
    {
        _output.ResetWrittenCount();
        KubernetesProtobuf.Serialize(_value, _output);
        return _output.WrittenCount;
    }

    /// <summary>JSON.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Deserialize")]
    public T DeserializeJson() => KubernetesJson.Deserialize<T>(_json);

    /// <summary>YAML (to JSON, then JSON).</summary>
    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public T DeserializeYaml() => KubernetesYaml.Deserialize<T>(_yaml);

    /// <summary>Protobuf.</summary>
    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public T DeserializeProtobuf() => KubernetesProtobuf.Deserialize<T>(_protobuf);

    /// <summary>The object to measure.</summary>
    protected abstract T Create();
}
