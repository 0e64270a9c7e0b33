using ProtoBuf;
using ProtoBuf.Serializers;
using RouteApi.Core.Model;
using static RouteApi.Formats.Protobuf.ProtoFields;

namespace RouteApi.Formats.Protobuf;

// metadata.ownerReferences and metadata.managedFields (apimachinery meta/v1).
internal sealed partial class ProtoSerializers :
    ISerializer<OwnerReference>,
    ISerializer<ManagedFieldsEntry>,
    ISerializer<FieldsV1?>
{
    SerializerFeatures ISerializer<OwnerReference>.Features => MessageFeatures;

    SerializerFeatures ISerializer<ManagedFieldsEntry>.Features => MessageFeatures;

    SerializerFeatures ISerializer<FieldsV1?>.Features => MessageFeatures;

    // OwnerReference: kind = 1, name = 3, uid = 4, apiVersion = 5, controller = 6 (*bool),
    // blockOwnerDeletion = 7 (*bool).
    void ISerializer<OwnerReference>.Write(ref ProtoWriter.State state, OwnerReference value)
    {
        String(ref state, 1, value.Kind);
        String(ref state, 3, value.Name);
        String(ref state, 4, value.Uid);
        String(ref state, 5, value.ApiVersion);
        if (value.Controller is bool controller)
        {
            Bool(ref state, 6, controller);
        }

        if (value.BlockOwnerDeletion is bool block)
        {
            Bool(ref state, 7, block);
        }
    }

    OwnerReference ISerializer<OwnerReference>.Read(ref ProtoReader.State state, OwnerReference value)
    {
        value ??= new OwnerReference();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Kind = state.ReadString(); break;
                case 3: value.Name = state.ReadString(); break;
                case 4: value.Uid = state.ReadString(); break;
                case 5: value.ApiVersion = state.ReadString(); break;
                case 6: value.Controller = state.ReadBoolean(); break;
                case 7: value.BlockOwnerDeletion = state.ReadBoolean(); break;
                default: state.SkipField(); break;
            }
        }

        return value;
    }

    // ManagedFieldsEntry: manager = 1, operation = 2, apiVersion = 3, time = 4 (*Time),
    // fieldsType = 6, fieldsV1 = 7 (*FieldsV1{raw = 1}: the field set as JSON), subresource = 8.
    void ISerializer<ManagedFieldsEntry>.Write(ref ProtoWriter.State state, ManagedFieldsEntry value)
    {
        String(ref state, 1, value.Manager);
        String(ref state, 2, value.Operation);
        String(ref state, 3, value.ApiVersion);
        if (value.Time is not null)
        {
            Message(ref state, 4, ProtoTime.From(value.Time), this);
        }

        String(ref state, 6, value.FieldsType);
        if (value.FieldsV1 is { } fields)
        {
            Message<FieldsV1?>(ref state, 7, fields, this);
        }

        String(ref state, 8, value.Subresource);
    }

    ManagedFieldsEntry ISerializer<ManagedFieldsEntry>.Read(ref ProtoReader.State state, ManagedFieldsEntry value)
    {
        value ??= new ManagedFieldsEntry();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Manager = Optional(state.ReadString()); break;
                case 2: value.Operation = Optional(state.ReadString()); break;
                case 3: value.ApiVersion = Optional(state.ReadString()); break;
                case 4: value.Time = state.ReadMessage(MessageFeatures, default(ProtoTime), this).ToDateTimeOffset(); break;
                case 6: value.FieldsType = Optional(state.ReadString()); break;
                case 7: value.FieldsV1 = state.ReadMessage<FieldsV1?>(MessageFeatures, null, this); break;
                case 8: value.Subresource = Optional(state.ReadString()); break;
                default: state.SkipField(); break;
            }
        }

        return value;
    }

    // FieldsV1: raw = 1, the field set as JSON: the same bytes as the JSON form holds, as kube's
    // raw is the JSON it was given.
    void ISerializer<FieldsV1?>.Write(ref ProtoWriter.State state, FieldsV1? value)
    {
        if (value is not null)
        {
            state.WriteFieldHeader(1, WireType.String);
            state.WriteBytes(value.Raw);
        }
    }

    // An empty raw reads as no field set; anything else must be one JSON value, which is kept in
    // the canonical form the JSON path keeps, so both decoders give the same bytes.
    FieldsV1? ISerializer<FieldsV1?>.Read(ref ProtoReader.State state, FieldsV1? value)
    {
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            if (field != 1)
            {
                state.SkipField();
                continue;
            }

            var raw = state.AppendBytes(ReadOnlyMemory<byte>.Empty);
            if (!raw.IsEmpty)
            {
                value = FieldsV1.Parse(raw.Span);
            }
        }

        return value;
    }
}
