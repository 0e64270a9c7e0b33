using ProtoBuf;
using ProtoBuf.Serializers;
using RouteApi.Core.Model;
using static RouteApi.Formats.Protobuf.ProtoFields;

namespace RouteApi.Formats.Protobuf;

// meta/v1 (apimachinery pkg/apis/meta/v1/generated.proto and generated.pb.go). ObjectMeta's
// clusterName (15, removed upstream) and initializers (no number in current apimachinery) are not
// sent: they exist in JSON only.
internal sealed partial class ProtoSerializers :
    ISerializer<ObjectMeta>,
    ISerializer<ListMeta>,
    ISerializer<ProtoTime>,
    ISerializer<KeyValuePair<string, string>>
{
    SerializerFeatures ISerializer<ObjectMeta>.Features => MessageFeatures;

    SerializerFeatures ISerializer<ListMeta>.Features => MessageFeatures;

    SerializerFeatures ISerializer<ProtoTime>.Features => MessageFeatures;

    SerializerFeatures ISerializer<KeyValuePair<string, string>>.Features => MessageFeatures;

    // ObjectMeta: name = 1, generateName = 2, namespace = 3, selfLink = 4, uid = 5,
    // resourceVersion = 6, generation = 7, creationTimestamp = 8 (non-pointer Time),
    // deletionTimestamp = 9 (*Time), deletionGracePeriodSeconds = 10 (*int64), labels = 11,
    // annotations = 12, ownerReferences = 13, finalizers = 14, managedFields = 17.
    void ISerializer<ObjectMeta>.Write(ref ProtoWriter.State state, ObjectMeta value)
    {
        String(ref state, 1, value.Name);
        String(ref state, 2, value.GenerateName);
        String(ref state, 3, value.Namespace);
        String(ref state, 4, value.SelfLink);
        String(ref state, 5, value.Uid);
        String(ref state, 6, value.ResourceVersion);
        Int64(ref state, 7, value.Generation);
        Message(ref state, 8, ProtoTime.From(value.CreationTimestamp), this);
        if (value.DeletionTimestamp is not null)
        {
            Message(ref state, 9, ProtoTime.From(value.DeletionTimestamp), this);
        }

        if (value.DeletionGracePeriodSeconds is long grace)
        {
            Int64(ref state, 10, grace);
        }

        Map(ref state, 11, value.Labels, this);
        Map(ref state, 12, value.Annotations, this);
        Messages(ref state, 13, value.OwnerReferences, this);
        Strings(ref state, 14, value.Finalizers);
        Messages(ref state, 17, value.ManagedFields, this);
    }

    ObjectMeta ISerializer<ObjectMeta>.Read(ref ProtoReader.State state, ObjectMeta value)
    {
        value ??= new ObjectMeta();
        Dictionary<string, string>? labels = null;
        Dictionary<string, string>? annotations = null;
        List<OwnerReference>? owners = null;
        List<string>? finalizers = null;
        List<ManagedFieldsEntry>? managedFields = null;
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Name = Optional(state.ReadString()); break;
                case 2: value.GenerateName = Optional(state.ReadString()); break;
                case 3: value.Namespace = Optional(state.ReadString()); break;
                case 4: value.SelfLink = Optional(state.ReadString()); break;
                case 5: value.Uid = Optional(state.ReadString()); break;
                case 6: value.ResourceVersion = Optional(state.ReadString()); break;
                case 7: value.Generation = state.ReadInt64(); break;
                case 8: value.CreationTimestamp = ReadTime(ref state); break;
                case 9: value.DeletionTimestamp = ReadTime(ref state); break;
                case 10: value.DeletionGracePeriodSeconds = state.ReadInt64(); break;
                case 11: ReadMapEntry(ref state, labels ??= new(StringComparer.Ordinal)); break;
                case 12: ReadMapEntry(ref state, annotations ??= new(StringComparer.Ordinal)); break;
                case 13: (owners ??= []).Add(state.ReadMessage<OwnerReference>(MessageFeatures, null!, this)); break;
                case 14: (finalizers ??= []).Add(state.ReadString()); break;
                case 17: (managedFields ??= []).Add(state.ReadMessage<ManagedFieldsEntry>(MessageFeatures, null!, this)); break;
                default: state.SkipField(); break;
            }
        }

        value.Labels = labels ?? value.Labels;
        value.Annotations = annotations ?? value.Annotations;
        value.OwnerReferences = OrNull(owners) ?? value.OwnerReferences;
        value.Finalizers = OrNull(finalizers) ?? value.Finalizers;
        value.ManagedFields = OrNull(managedFields) ?? value.ManagedFields;
        return value;
    }

    // ListMeta: selfLink = 1, resourceVersion = 2, continue = 3, remainingItemCount = 4 (*int64).
    void ISerializer<ListMeta>.Write(ref ProtoWriter.State state, ListMeta value)
    {
        String(ref state, 1, value.SelfLink);
        String(ref state, 2, value.ResourceVersion);
        String(ref state, 3, value.Continue);
        if (value.RemainingItemCount is long remaining)
        {
            Int64(ref state, 4, remaining);
        }
    }

    ListMeta ISerializer<ListMeta>.Read(ref ProtoReader.State state, ListMeta value)
    {
        value ??= new ListMeta();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.SelfLink = Optional(state.ReadString()); break;
                case 2: value.ResourceVersion = Optional(state.ReadString()); break;
                case 3: value.Continue = Optional(state.ReadString()); break;
                case 4: value.RemainingItemCount = state.ReadInt64(); break;
                default: state.SkipField(); break;
            }
        }

        return value;
    }

    // Time / Timestamp: seconds = 1, nanos = 2 (always 0); an empty body is the zero time.
    void ISerializer<ProtoTime>.Write(ref ProtoWriter.State state, ProtoTime value)
    {
        if (value.Seconds is long seconds)
        {
            Int64(ref state, 1, seconds);
            Int32(ref state, 2, 0);
        }
    }

    ProtoTime ISerializer<ProtoTime>.Read(ref ProtoReader.State state, ProtoTime value)
    {
        var seconds = value.Seconds;
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            // Any field makes the time non-zero: Go reads a non-empty body as time.Unix(seconds, 0).
            seconds ??= 0;
            if (field == 1)
            {
                seconds = state.ReadInt64();
            }
            else
            {
                state.SkipField();
            }
        }

        return new ProtoTime(seconds);
    }

    // A map<string, string> entry: key = 1, value = 2, both always written.
    void ISerializer<KeyValuePair<string, string>>.Write(ref ProtoWriter.State state, KeyValuePair<string, string> value)
    {
        String(ref state, 1, value.Key);
        String(ref state, 2, value.Value);
    }

    KeyValuePair<string, string> ISerializer<KeyValuePair<string, string>>.Read(ref ProtoReader.State state, KeyValuePair<string, string> value)
    {
        var key = value.Key ?? string.Empty;
        var text = value.Value ?? string.Empty;
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: key = state.ReadString(); break;
                case 2: text = state.ReadString(); break;
                default: state.SkipField(); break;
            }
        }

        return new KeyValuePair<string, string>(key, text);
    }

    private DateTimeOffset? ReadTime(ref ProtoReader.State state) =>
        state.ReadMessage(MessageFeatures, default(ProtoTime), this).ToDateTimeOffset();

    // A repeated key keeps the last value, as Go's map assignment does.
    private void ReadMapEntry(ref ProtoReader.State state, Dictionary<string, string> map)
    {
        var entry = state.ReadMessage(MessageFeatures, default(KeyValuePair<string, string>), this);
        map[entry.Key] = entry.Value;
    }
}
