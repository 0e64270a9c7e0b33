using ProtoBuf;
using ProtoBuf.Serializers;
using RouteApi.Core.Model;
using static RouteApi.Formats.Protobuf.ProtoFields;

namespace RouteApi.Formats.Protobuf;

// Status and DeleteOptions (apimachinery meta/v1). Status.code and details.retryAfterSeconds are
// non-pointer ints, so gogo writes them even when 0; every DeleteOptions field is a pointer or a
// list, so an empty DeleteOptions has an empty body.
internal sealed partial class ProtoSerializers :
    ISerializer<Status>,
    ISerializer<StatusDetails>,
    ISerializer<StatusCause>,
    ISerializer<DeleteOptions>,
    ISerializer<Preconditions>
{
    SerializerFeatures ISerializer<Status>.Features => MessageFeatures;

    SerializerFeatures ISerializer<StatusDetails>.Features => MessageFeatures;

    SerializerFeatures ISerializer<StatusCause>.Features => MessageFeatures;

    SerializerFeatures ISerializer<DeleteOptions>.Features => MessageFeatures;

    SerializerFeatures ISerializer<Preconditions>.Features => MessageFeatures;

    // Status: metadata = 1 (ListMeta), status = 2, message = 3, reason = 4, details = 5 (*StatusDetails), code = 6.
    void ISerializer<Status>.Write(ref ProtoWriter.State state, Status value)
    {
        Message(ref state, 1, value.Metadata, this);
        String(ref state, 2, value.Result);
        String(ref state, 3, value.Message);
        String(ref state, 4, value.Reason);
        if (value.Details is not null)
        {
            Message(ref state, 5, value.Details, this);
        }

        Int32(ref state, 6, value.Code);
    }

    Status ISerializer<Status>.Read(ref ProtoReader.State state, Status value)
    {
        value ??= new Status();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Metadata = state.ReadMessage(MessageFeatures, value.Metadata, this); break;
                case 2: value.Result = Optional(state.ReadString()); break;
                case 3: value.Message = Optional(state.ReadString()); break;
                case 4: value.Reason = Optional(state.ReadString()); break;
                case 5: value.Details = state.ReadMessage(MessageFeatures, value.Details ?? new StatusDetails(), this); break;
                case 6: value.Code = state.ReadInt32(); break;
                default: state.SkipField(); break;
            }
        }

        return value;
    }

    // StatusDetails: name = 1, group = 2, kind = 3, causes = 4, retryAfterSeconds = 5, uid = 6.
    void ISerializer<StatusDetails>.Write(ref ProtoWriter.State state, StatusDetails value)
    {
        String(ref state, 1, value.Name);
        String(ref state, 2, value.Group);
        String(ref state, 3, value.Kind);
        Messages(ref state, 4, value.Causes, this);
        Int32(ref state, 5, value.RetryAfterSeconds);
        String(ref state, 6, value.Uid);
    }

    StatusDetails ISerializer<StatusDetails>.Read(ref ProtoReader.State state, StatusDetails value)
    {
        value ??= new StatusDetails();
        List<StatusCause>? causes = null;
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Name = Optional(state.ReadString()); break;
                case 2: value.Group = Optional(state.ReadString()); break;
                case 3: value.Kind = Optional(state.ReadString()); break;
                case 4: (causes ??= []).Add(state.ReadMessage<StatusCause>(MessageFeatures, null!, this)); break;
                case 5: value.RetryAfterSeconds = state.ReadInt32(); break;
                case 6: value.Uid = Optional(state.ReadString()); break;
                default: state.SkipField(); break;
            }
        }

        value.Causes = OrNull(causes) ?? value.Causes;
        return value;
    }

    // StatusCause: reason (Go: Type) = 1, message = 2, field = 3.
    void ISerializer<StatusCause>.Write(ref ProtoWriter.State state, StatusCause value)
    {
        String(ref state, 1, value.Reason);
        String(ref state, 2, value.Message);
        String(ref state, 3, value.Field);
    }

    StatusCause ISerializer<StatusCause>.Read(ref ProtoReader.State state, StatusCause value)
    {
        value ??= new StatusCause();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Reason = Optional(state.ReadString()); break;
                case 2: value.Message = Optional(state.ReadString()); break;
                case 3: value.Field = Optional(state.ReadString()); break;
                default: state.SkipField(); break;
            }
        }

        return value;
    }

    // DeleteOptions: gracePeriodSeconds = 1 (*int64), preconditions = 2, orphanDependents = 3 (*bool),
    // propagationPolicy = 4 (*string), dryRun = 5. Field 6 (ignoreStoreReadErrorWithClusterBreakingPotential)
    // is not modelled and is skipped when read.
    void ISerializer<DeleteOptions>.Write(ref ProtoWriter.State state, DeleteOptions value)
    {
        if (value.GracePeriodSeconds is long grace)
        {
            Int64(ref state, 1, grace);
        }

        if (value.Preconditions is not null)
        {
            Message(ref state, 2, value.Preconditions, this);
        }

        if (value.OrphanDependents is bool orphan)
        {
            Bool(ref state, 3, orphan);
        }

        OptionalString(ref state, 4, value.PropagationPolicy);
        Strings(ref state, 5, value.DryRun);
    }

    DeleteOptions ISerializer<DeleteOptions>.Read(ref ProtoReader.State state, DeleteOptions value)
    {
        value ??= new DeleteOptions();
        List<string>? dryRun = null;
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.GracePeriodSeconds = state.ReadInt64(); break;
                case 2: value.Preconditions = state.ReadMessage(MessageFeatures, value.Preconditions ?? new Preconditions(), this); break;
                case 3: value.OrphanDependents = state.ReadBoolean(); break;
                case 4: value.PropagationPolicy = state.ReadString(); break;
                case 5: (dryRun ??= []).Add(state.ReadString()); break;
                default: state.SkipField(); break;
            }
        }

        value.DryRun = OrNull(dryRun) ?? value.DryRun;
        return value;
    }

    // Preconditions: uid = 1 (*types.UID), resourceVersion = 2 (*string).
    void ISerializer<Preconditions>.Write(ref ProtoWriter.State state, Preconditions value)
    {
        OptionalString(ref state, 1, value.Uid);
        OptionalString(ref state, 2, value.ResourceVersion);
    }

    Preconditions ISerializer<Preconditions>.Read(ref ProtoReader.State state, Preconditions value)
    {
        value ??= new Preconditions();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Uid = state.ReadString(); break;
                case 2: value.ResourceVersion = state.ReadString(); break;
                default: state.SkipField(); break;
            }
        }

        return value;
    }
}
