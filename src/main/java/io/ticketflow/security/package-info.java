/** Authentication and roles for the API, the engine REST API and the Camunda webapps, from Camunda's identity service. */
package io.ticketflow.security;
