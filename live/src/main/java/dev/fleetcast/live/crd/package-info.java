/**
 * The custom resources fleetcast shares with WASMBED, as fabric8 classes: {@link
 * dev.fleetcast.live.crd.Gateway} ({@code gateways.wasmbed.io/v1}) and {@link
 * dev.fleetcast.live.crd.Device} ({@code devices.wasmbed.github.io/v0}), with their specs and
 * statuses, plus {@link dev.fleetcast.live.crd.Ownership}, the labels on everything fleetcast
 * creates.
 *
 * <p>The field names and JSON shapes follow WASMBED's CRD manifests field for field (the
 * manifests under {@code src/main/resources/k8s/crds} are checked against WASMBED's field list
 * by a test); fleetcast's additions are optional fields that WASMBED's tools ignore. The
 * classes are plain mutable beans because fabric8 and Jackson need them so; they hold no logic
 * beyond small conveniences.
 *
 * <p>What must not live here: decisions (model/), API calls (controller/, standin/).
 */
package dev.fleetcast.live.crd;
