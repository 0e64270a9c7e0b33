namespace RouteApi.Core.Model;

// openshift/api route/v1 types.go, as its swagger docs publish it.
public static partial class FieldDocs
{
    private static Dictionary<string, string> RouteDocs()
    {
        var docs = TypeMeta(
            "A route allows developers to expose services through an HTTP(S) aware load balancing and proxy layer via a public DNS entry. The route may further specify TLS options and a certificate, or specify a public CNAME that the router should also accept for HTTP and HTTPS traffic. An administrator typically configures their router to be visible outside the cluster firewall, and may also add additional security, caching, or traffic controls on the service content. Routers usually talk directly to the service endpoints.\n\nOnce a route is created, the `host` field may not be changed. Generally, routers use the oldest route with a given host when resolving conflicts.\n\nRouters are subject to additional customization and may support additional controls via the annotations field.\n\nBecause administrators may configure multiple routers, the route status field is used to return information to clients about the names and states of the route under each router. If a client chooses a duplicate name, for instance, the route status conditions are used to indicate the route cannot be chosen.\n\nTo enable HTTP/2 ALPN on a route it requires a custom (non-wildcard) certificate. This prevents connection coalescing by clients, notably web browsers. We do not support HTTP/2 ALPN on routes that use the default certificate because of the risk of connection re-use/coalescing. Routes that do not have their own custom certificate will not be HTTP/2 ALPN-enabled on either the frontend or the backend.\n\nCompatibility level 1: Stable within a major release for a minimum of 12 months or 3 minor releases (whichever is longer).",
            ObjectMetadataDoc);
        docs["spec"] = "spec is the desired state of the route";
        docs["status"] = "status is the current state of the route";
        return docs;
    }

    private static Dictionary<string, string> RouteListDocs()
    {
        var docs = TypeMeta(
            "RouteList is a collection of Routes.\n\nCompatibility level 1: Stable within a major release for a minimum of 12 months or 3 minor releases (whichever is longer).",
            ListMetadataDoc);
        docs["items"] = "items is a list of routes";
        return docs;
    }

    private static Dictionary<string, string> RouteSpecDocs() => new()
    {
        [string.Empty] = "RouteSpec describes the hostname or path the route exposes, any security information, and one to four backends (services) the route points to. Requests are distributed among the backends depending on the weights assigned to each backend. When using roundrobin scheduling the portion of requests that go to each backend is the backend weight divided by the sum of all of the backend weights. When the backend has more than one endpoint the requests that end up on the backend are roundrobin distributed among the endpoints. Weights are between 0 and 256 with default 100. Weight 0 causes no requests to the backend. If all weights are zero the route will be considered to have no backends and return a standard 503 response.\n\nThe `tls` field is optional and allows specific certificates or behavior for the route. Routers typically configure a default certificate on a wildcard domain to terminate routes without explicit certificates, but custom hostnames usually must choose passthrough (send traffic directly to the backend via the TLS Server-Name- Indication field) or provide a certificate.",
        ["host"] = "host is an alias/DNS that points to the service. Optional. If not specified a route name will typically be automatically chosen. Must follow DNS952 subdomain conventions.",
        ["subdomain"] = "subdomain is a DNS subdomain that is requested within the ingress controller's domain (as a subdomain). If host is set this field is ignored. An ingress controller may choose to ignore this suggested name, in which case the controller will report the assigned name in the status.ingress array or refuse to admit the route. If this value is set and the server does not support this field host will be populated automatically. Otherwise host is left empty. The field may have multiple parts separated by a dot, but not all ingress controllers may honor the request. This field may not be changed after creation except by a user with the update routes/custom-host permission.\n\nExample: subdomain `frontend` automatically receives the router subdomain `apps.mycluster.com` to have a full hostname `frontend.apps.mycluster.com`.",
        ["path"] = "path that the router watches for, to route traffic for to the service. Optional",
        ["to"] = "to is an object the route should use as the primary backend. Only the Service kind is allowed, and it will be defaulted to Service. If the weight field (0-256 default 100) is set to zero, no traffic will be sent to this backend.",
        ["alternateBackends"] = "alternateBackends allows up to 3 additional backends to be assigned to the route. Only the Service kind is allowed, and it will be defaulted to Service. Use the weight field in RouteTargetReference object to specify relative preference.",
        ["port"] = "If specified, the port to be used by the router. Most routers will use all endpoints exposed by the service by default - set this value to instruct routers which port to use.",
        ["tls"] = "The tls field provides the ability to configure certificates and termination for the route.",
        ["wildcardPolicy"] = "Wildcard policy if any for the route. Currently only 'Subdomain' or 'None' is allowed.",
        ["httpHeaders"] = "httpHeaders defines policy for HTTP headers.",
    };

    private static Dictionary<string, string> RouteTargetReferenceDocs() => new()
    {
        [string.Empty] = "RouteTargetReference specifies the target that resolve into endpoints. Only the 'Service' kind is allowed. Use 'weight' field to emphasize one over others.",
        ["kind"] = "The kind of target that the route is referring to. Currently, only 'Service' is allowed",
        ["name"] = "name of the service/target that is being referred to. e.g. name of the service",
        ["weight"] = "weight as an integer between 0 and 256, default 100, that specifies the target's relative weight against other target reference objects. 0 suppresses requests to this backend.",
    };

    private static Dictionary<string, string> RoutePortDocs() => new()
    {
        [string.Empty] = "RoutePort defines a port mapping from a router to an endpoint in the service endpoints.",
        ["targetPort"] = "The target port on pods selected by the service this route points to. If this is a string, it will be looked up as a named port in the target endpoints port list. Required",
    };

    private static Dictionary<string, string> TlsConfigDocs() => new()
    {
        [string.Empty] = "TLSConfig defines config used to secure a route and provide termination",
        ["termination"] = "termination indicates termination type.\n\n* edge - TLS termination is done by the router and http is used to communicate with the backend (default) * passthrough - Traffic is sent straight to the destination without the router providing TLS termination * reencrypt - TLS termination is done by the router and https is used to communicate with the backend",
        ["certificate"] = "certificate provides certificate contents. This should be a single serving certificate, not a certificate chain. Do not include a CA certificate.",
        ["key"] = "key provides key file contents",
        ["caCertificate"] = "caCertificate provides the cert authority certificate contents",
        ["destinationCACertificate"] = "destinationCACertificate provides the contents of the ca certificate of the final destination.  When using reencrypt termination this file should be provided in order to have routers use it for health checks on the secure connection. If this field is not specified, the router may provide its own destination CA and perform hostname validation using the short service name (service.namespace.svc), which allows infrastructure generated certificates to automatically verify.",
        ["insecureEdgeTerminationPolicy"] = "insecureEdgeTerminationPolicy indicates the desired behavior for insecure connections to a route. While each router may make its own decisions on which ports to expose, this is normally port 80.\n\n* Allow - traffic is sent to the server on the insecure port (default) * Disable - no traffic is allowed on the insecure port. * Redirect - clients are redirected to the secure port.",
        ["externalCertificate"] = "externalCertificate provides certificate contents as a secret reference. This should be a single serving certificate, not a certificate chain. Do not include a CA certificate. The secret referenced should be present in the same namespace as that of the Route. Forbidden when `certificate` is set.",
    };

    private static Dictionary<string, string> LocalObjectReferenceDocs() => new()
    {
        [string.Empty] = "LocalObjectReference contains enough information to let you locate the referenced object inside the same namespace.",
        ["name"] = "name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names",
    };

    private static Dictionary<string, string> RouteStatusDocs() => new()
    {
        [string.Empty] = "RouteStatus provides relevant info about the status of a route, including which routers acknowledge it.",
        ["ingress"] = "ingress describes the places where the route may be exposed. The list of ingress points may contain duplicate Host or RouterName values. Routes are considered live once they are `Ready`",
    };

    private static Dictionary<string, string> RouteIngressDocs() => new()
    {
        [string.Empty] = "RouteIngress holds information about the places where a route is exposed.",
        ["host"] = "Host is the host string under which the route is exposed; this value is required",
        ["routerName"] = "Name is a name chosen by the router to identify itself; this value is required",
        ["conditions"] = "Conditions is the state of the route, may be empty.",
        ["wildcardPolicy"] = "Wildcard policy is the wildcard policy that was allowed where this route is exposed.",
        ["routerCanonicalHostname"] = "CanonicalHostname is the external host name for the router that can be used as a CNAME for the host requested for this route. This value is optional and may not be set in all cases.",
    };

    private static Dictionary<string, string> RouteIngressConditionDocs() => new()
    {
        [string.Empty] = "RouteIngressCondition contains details for the current condition of this route on a particular router.",
        ["type"] = "Type is the type of the condition. Currently only Admitted or UnservableInFutureVersions.",
        ["status"] = "Status is the status of the condition. Can be True, False, Unknown.",
        ["reason"] = "(brief) reason for the condition's last transition, and is usually a machine and human readable constant",
        ["message"] = "Human readable message indicating details about last transition.",
        ["lastTransitionTime"] = "RFC 3339 date and time when this condition last transitioned",
    };
}
