using ProtoBuf;
using ProtoBuf.Serializers;
using static RouteApi.Formats.Protobuf.ProtoFields;

namespace RouteApi.Formats.Protobuf;

// runtime.TypeMeta of the runtime.Unknown envelope (apimachinery pkg/runtime/generated.proto).
internal sealed partial class ProtoSerializers : ISerializer<ProtoTypeMeta>
{
    SerializerFeatures ISerializer<ProtoTypeMeta>.Features => MessageFeatures;

    void ISerializer<ProtoTypeMeta>.Write(ref ProtoWriter.State state, ProtoTypeMeta value)
    {
        String(ref state, 1, value.ApiVersion);
        String(ref state, 2, value.Kind);
    }

    ProtoTypeMeta ISerializer<ProtoTypeMeta>.Read(ref ProtoReader.State state, ProtoTypeMeta value)
    {
        var apiVersion = value.ApiVersion ?? string.Empty;
        var kind = value.Kind ?? string.Empty;
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: apiVersion = state.ReadString(); break;
                case 2: kind = state.ReadString(); break;
                default: state.SkipField(); break;
            }
        }

        return new ProtoTypeMeta(apiVersion, kind);
    }
}
