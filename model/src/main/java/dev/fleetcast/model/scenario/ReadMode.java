package dev.fleetcast.model.scenario;

/** Where a reconcile reads the fleet from. */
public enum ReadMode {
    /** The controller's informer cache: free to read, but behind the API server by the watch delay. */
    CACHE,
    /** A fresh LIST of every device: current as of the request, but its latency grows with the fleet. */
    LIST
}
