package dev.fleetcast.live.standin;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;

/** The mock's CRUD dispatcher, answering with an error where {@link ApiFaults} says so. */
final class FaultInjectingDispatcher extends KubernetesCrudDispatcher {

    private final ApiFaults faults;

    FaultInjectingDispatcher(ApiFaults faults) {
        this.faults = faults;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        int code = faults.codeFor(request.getMethod(), request.getPath());
        if (code != 0) {
            return new MockResponse().setResponseCode(code).setBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\","
                    + "\"status\":\"Failure\",\"message\":\"injected fault\",\"code\":" + code + "}");
        }
        return super.dispatch(request);
    }
}
