/**
 * The sandbox's implementations of the generated service interfaces
 * ({@code io.mewscontract.connector.server.PaymentRequestsService} and {@code PreauthorizationsService}): the
 * Connector API's rules over the in-memory stores. Business-rule refusals throw the router's
 * {@code BusinessRuleException} ({@code 403}), unknown references its {@code InvalidParameterException}
 * ({@code 400 Invalid {Parameter}}).
 */
@NullMarked
package io.mewscontract.sandbox.service;

import org.jspecify.annotations.NullMarked;
