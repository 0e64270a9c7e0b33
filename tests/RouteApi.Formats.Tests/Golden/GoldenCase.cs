namespace RouteApi.Formats.Golden.Tests;

/// <summary>One golden case: an object and its three wire forms.</summary>
internal abstract class GoldenCase(string name)
{
    public string Name { get; } = name;

    public abstract byte[] ToJson(bool pretty);

    public abstract byte[] ToYaml();

    public abstract byte[] ToProtobuf();

    /// <summary>Reads JSON back and writes it as compact JSON.</summary>
    public abstract string JsonFromJson(byte[] json);

    /// <summary>Reads YAML back and writes it as compact JSON.</summary>
    public abstract string JsonFromYaml(byte[] yaml);

    /// <summary>Reads protobuf back and writes it as compact JSON.</summary>
    public abstract string JsonFromProtobuf(byte[] protobuf);

    public override string ToString() => Name;
}
