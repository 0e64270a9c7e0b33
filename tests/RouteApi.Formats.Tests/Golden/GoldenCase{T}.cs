using System.Text;
using RouteApi.Formats.Json;
using RouteApi.Formats.Protobuf;
using RouteApi.Formats.Yaml;

namespace RouteApi.Formats.Golden.Tests;

/// <summary>A golden case of a wire type <typeparamref name="T"/> (Route, RouteList or Status).</summary>
internal sealed class GoldenCase<T>(string name, Func<T> create) : GoldenCase(name)
    where T : class
{
    public T Create() => create();

    public override byte[] ToJson(bool pretty) => KubernetesJson.SerializeToBytes(create(), pretty);

    public override byte[] ToYaml() => KubernetesYaml.SerializeToBytes(create());

    public override byte[] ToProtobuf() => KubernetesProtobuf.SerializeToBytes(create());

    public override string JsonFromJson(byte[] json) => Compact(KubernetesJson.Deserialize<T>(json));

    public override string JsonFromYaml(byte[] yaml) => Compact(KubernetesYaml.Deserialize<T>(yaml));

    public override string JsonFromProtobuf(byte[] protobuf) => Compact(KubernetesProtobuf.Deserialize<T>(protobuf));

    private static string Compact(T value) => Encoding.UTF8.GetString(KubernetesJson.SerializeToBytes(value));
}
