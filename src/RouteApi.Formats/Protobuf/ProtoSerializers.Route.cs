using ProtoBuf;
using ProtoBuf.Serializers;
using RouteApi.Core.Model;
using static RouteApi.Formats.Protobuf.ProtoFields;

namespace RouteApi.Formats.Protobuf;

// Route, RouteList and RouteSpec (openshift/api route/v1/generated.proto). In Go, metadata, spec,
// status and spec.to are non-pointer structs (always written); port, tls and httpHeaders are
// pointers (written when set).
internal sealed partial class ProtoSerializers :
    ISerializer<Route>,
    ISerializer<RouteList>,
    ISerializer<RouteSpec>,
    ISerializer<RouteTargetReference>,
    ISerializer<RoutePort>,
    ISerializer<IntOrString>
{
    SerializerFeatures ISerializer<Route>.Features => MessageFeatures;

    SerializerFeatures ISerializer<RouteList>.Features => MessageFeatures;

    SerializerFeatures ISerializer<RouteSpec>.Features => MessageFeatures;

    SerializerFeatures ISerializer<RouteTargetReference>.Features => MessageFeatures;

    SerializerFeatures ISerializer<RoutePort>.Features => MessageFeatures;

    SerializerFeatures ISerializer<IntOrString>.Features => MessageFeatures;

    // Route: metadata = 1, spec = 2, status = 3. kind and apiVersion live in the envelope.
    void ISerializer<Route>.Write(ref ProtoWriter.State state, Route value)
    {
        Message(ref state, 1, value.Metadata, this);
        Message(ref state, 2, value.Spec, this);
        Message(ref state, 3, value.Status, this);
    }

    Route ISerializer<Route>.Read(ref ProtoReader.State state, Route value)
    {
        value ??= new Route();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Metadata = state.ReadMessage(MessageFeatures, value.Metadata, this); break;
                case 2: value.Spec = state.ReadMessage(MessageFeatures, value.Spec, this); break;
                case 3: value.Status = state.ReadMessage(MessageFeatures, value.Status, this); break;
                default: state.SkipField(); break;
            }
        }

        return value;
    }

    // RouteList: metadata = 1 (ListMeta), items = 2. Items carry no kind or apiVersion.
    void ISerializer<RouteList>.Write(ref ProtoWriter.State state, RouteList value)
    {
        Message(ref state, 1, value.Metadata, this);
        Messages(ref state, 2, value.Items, this);
    }

    RouteList ISerializer<RouteList>.Read(ref ProtoReader.State state, RouteList value)
    {
        value ??= new RouteList();
        var items = new List<Route>();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Metadata = state.ReadMessage(MessageFeatures, value.Metadata, this); break;
                case 2: items.Add(state.ReadMessage<Route>(MessageFeatures, null!, this)); break;
                default: state.SkipField(); break;
            }
        }

        value.Items = items;
        return value;
    }

    // RouteSpec: host = 1, path = 2, to = 3, alternateBackends = 4, port = 5, tls = 6,
    // wildcardPolicy = 7, subdomain = 8, httpHeaders = 9.
    void ISerializer<RouteSpec>.Write(ref ProtoWriter.State state, RouteSpec value)
    {
        String(ref state, 1, value.Host);
        String(ref state, 2, value.Path);
        Message(ref state, 3, value.To, this);
        Messages(ref state, 4, value.AlternateBackends, this);
        if (value.Port is not null)
        {
            Message(ref state, 5, value.Port, this);
        }

        if (value.Tls is not null)
        {
            Message(ref state, 6, value.Tls, this);
        }

        String(ref state, 7, value.WildcardPolicy);
        String(ref state, 8, value.Subdomain);
        if (value.HttpHeaders is not null)
        {
            Message(ref state, 9, value.HttpHeaders, this);
        }
    }

    RouteSpec ISerializer<RouteSpec>.Read(ref ProtoReader.State state, RouteSpec value)
    {
        value ??= new RouteSpec();
        List<RouteTargetReference>? backends = null;
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Host = Optional(state.ReadString()); break;
                case 2: value.Path = Optional(state.ReadString()); break;
                case 3: value.To = state.ReadMessage(MessageFeatures, value.To, this); break;
                case 4: (backends ??= []).Add(state.ReadMessage<RouteTargetReference>(MessageFeatures, null!, this)); break;
                case 5: value.Port = state.ReadMessage(MessageFeatures, value.Port ?? new RoutePort(), this); break;
                case 6: value.Tls = state.ReadMessage(MessageFeatures, value.Tls ?? new TlsConfig(), this); break;
                case 7: value.WildcardPolicy = Optional(state.ReadString()); break;
                case 8: value.Subdomain = Optional(state.ReadString()); break;
                case 9: value.HttpHeaders = state.ReadMessage(MessageFeatures, value.HttpHeaders ?? new RouteHttpHeaders(), this); break;
                default: state.SkipField(); break;
            }
        }

        value.AlternateBackends = OrNull(backends) ?? value.AlternateBackends;
        return value;
    }

    // RouteTargetReference: kind = 1, name = 2, weight = 3 (*int32, written when set).
    void ISerializer<RouteTargetReference>.Write(ref ProtoWriter.State state, RouteTargetReference value)
    {
        String(ref state, 1, value.Kind);
        String(ref state, 2, value.Name);
        if (value.Weight is int weight)
        {
            Int32(ref state, 3, weight);
        }
    }

    RouteTargetReference ISerializer<RouteTargetReference>.Read(ref ProtoReader.State state, RouteTargetReference value)
    {
        value ??= new RouteTargetReference();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Kind = state.ReadString(); break;
                case 2: value.Name = state.ReadString(); break;
                case 3: value.Weight = state.ReadInt32(); break;
                default: state.SkipField(); break;
            }
        }

        return value;
    }

    // RoutePort: targetPort = 1 (a non-pointer IntOrString).
    void ISerializer<RoutePort>.Write(ref ProtoWriter.State state, RoutePort value) =>
        Message(ref state, 1, value.TargetPort, this);

    RoutePort ISerializer<RoutePort>.Read(ref ProtoReader.State state, RoutePort value)
    {
        value ??= new RoutePort();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            if (field == 1)
            {
                value.TargetPort = state.ReadMessage(MessageFeatures, value.TargetPort, this);
            }
            else
            {
                state.SkipField();
            }
        }

        return value;
    }

    // intstr.IntOrString: type = 1 (int64: 0 int, 1 string), intVal = 2 (int32), strVal = 3; all
    // three always written (apimachinery pkg/util/intstr/generated.pb.go).
    void ISerializer<IntOrString>.Write(ref ProtoWriter.State state, IntOrString value)
    {
        Int64(ref state, 1, value.IsString ? 1 : 0);
        Int32(ref state, 2, value.IntValue);
        String(ref state, 3, value.StringValue);
    }

    IntOrString ISerializer<IntOrString>.Read(ref ProtoReader.State state, IntOrString value)
    {
        var isString = value.IsString;
        var intValue = value.IntValue;
        var stringValue = value.StringValue;
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: isString = state.ReadInt64() == 1; break;
                case 2: intValue = state.ReadInt32(); break;
                case 3: stringValue = state.ReadString(); break;
                default: state.SkipField(); break;
            }
        }

        return isString ? IntOrString.FromString(stringValue) : IntOrString.FromInt(intValue);
    }
}
