package com.example.shop;

import com.example.shop.api.model.Product;
import java.util.List;

/** Hand-written code next to the generated sources: compiles only if they are a source root. */
public final class PriceList {

    private PriceList() {}

    public static List<String> names(List<Product> products) {
        return products.stream().map(Product::name).toList();
    }
}
