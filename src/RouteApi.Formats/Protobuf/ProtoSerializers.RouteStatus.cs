using ProtoBuf;
using ProtoBuf.Serializers;
using RouteApi.Core.Model;
using static RouteApi.Formats.Protobuf.ProtoFields;

namespace RouteApi.Formats.Protobuf;

// status (openshift/api route/v1/generated.proto). Every ingress and condition string is a
// non-pointer Go string (always written); lastTransitionTime is a *metav1.Time.
internal sealed partial class ProtoSerializers :
    ISerializer<RouteStatus>,
    ISerializer<RouteIngress>,
    ISerializer<RouteIngressCondition>
{
    SerializerFeatures ISerializer<RouteStatus>.Features => MessageFeatures;

    SerializerFeatures ISerializer<RouteIngress>.Features => MessageFeatures;

    SerializerFeatures ISerializer<RouteIngressCondition>.Features => MessageFeatures;

    // RouteStatus: ingress = 1.
    void ISerializer<RouteStatus>.Write(ref ProtoWriter.State state, RouteStatus value) =>
        Messages(ref state, 1, value.Ingress, this);

    RouteStatus ISerializer<RouteStatus>.Read(ref ProtoReader.State state, RouteStatus value)
    {
        value ??= new RouteStatus();
        List<RouteIngress>? ingress = null;
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            if (field == 1)
            {
                (ingress ??= []).Add(state.ReadMessage<RouteIngress>(MessageFeatures, null!, this));
            }
            else
            {
                state.SkipField();
            }
        }

        value.Ingress = OrNull(ingress) ?? value.Ingress;
        return value;
    }

    // RouteIngress: host = 1, routerName = 2, conditions = 3, wildcardPolicy = 4,
    // routerCanonicalHostname = 5.
    void ISerializer<RouteIngress>.Write(ref ProtoWriter.State state, RouteIngress value)
    {
        String(ref state, 1, value.Host);
        String(ref state, 2, value.RouterName);
        Messages(ref state, 3, value.Conditions, this);
        String(ref state, 4, value.WildcardPolicy);
        String(ref state, 5, value.RouterCanonicalHostname);
    }

    RouteIngress ISerializer<RouteIngress>.Read(ref ProtoReader.State state, RouteIngress value)
    {
        value ??= new RouteIngress();
        List<RouteIngressCondition>? conditions = null;
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Host = Optional(state.ReadString()); break;
                case 2: value.RouterName = Optional(state.ReadString()); break;
                case 3: (conditions ??= []).Add(state.ReadMessage<RouteIngressCondition>(MessageFeatures, null!, this)); break;
                case 4: value.WildcardPolicy = Optional(state.ReadString()); break;
                case 5: value.RouterCanonicalHostname = Optional(state.ReadString()); break;
                default: state.SkipField(); break;
            }
        }

        value.Conditions = OrNull(conditions) ?? value.Conditions;
        return value;
    }

    // RouteIngressCondition: type = 1, status = 2, reason = 3, message = 4, lastTransitionTime = 5.
    void ISerializer<RouteIngressCondition>.Write(ref ProtoWriter.State state, RouteIngressCondition value)
    {
        String(ref state, 1, value.Type);
        String(ref state, 2, value.Status);
        String(ref state, 3, value.Reason);
        String(ref state, 4, value.Message);
        if (value.LastTransitionTime is DateTimeOffset time)
        {
            Message(ref state, 5, ProtoTime.From(time), this);
        }
    }

    RouteIngressCondition ISerializer<RouteIngressCondition>.Read(ref ProtoReader.State state, RouteIngressCondition value)
    {
        value ??= new RouteIngressCondition();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Type = state.ReadString(); break;
                case 2: value.Status = state.ReadString(); break;
                case 3: value.Reason = Optional(state.ReadString()); break;
                case 4: value.Message = Optional(state.ReadString()); break;
                case 5: value.LastTransitionTime = state.ReadMessage(MessageFeatures, default(ProtoTime), this).ToDateTimeOffset(); break;
                default: state.SkipField(); break;
            }
        }

        return value;
    }
}
