/**
 * The IBM Cloud platform endpoints that the Qiskit client ({@code qiskit-ibm-runtime}) calls
 * before it talks to the runtime API: the IAM token exchange ({@code IAM_URL}), Global Search and
 * Global Catalog ({@code GLOBAL_SEARCH_URL}, {@code GLOBAL_CATALOG_URL}), in the shapes the client
 * and IBM's Python SDK read (docs/qiskit-client.md).
 *
 * <p>They live under /api/v1 with the rest of the API, at paths of their own
 * ({@code identity/token}, {@code global-search/...}, {@code global-catalog/...}): a second JAX-RS
 * application at another root would be given every scanned resource of the deployment as well.
 */
package io.qrun.api.cloud;
