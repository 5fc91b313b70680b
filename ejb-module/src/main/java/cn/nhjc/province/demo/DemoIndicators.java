package cn.nhjc.province.demo;

/**
 * What a demo unit reports besides its energy, drawn once per unit: the figures energy accounting
 * relates its consumption to (value added, product output, heat sent out).
 *
 * @param tcePerValueAdded the unit's own intensity, tce per 万元 of value added (its industry's ±10
 *     %)
 * @param outputValueRatio industrial output value over value added
 * @param product what the unit makes, or null
 * @param unitConsumption what one unit of the product consumes, in the product's standard unit
 *     (kgce, gce or kWh per unit); 0 without a product
 * @param heat the energy type of the heat the unit sends out (热力 3200), or null
 * @param heatShare the share of the unit's coal (in kgce) sent out as heat; 0 without heat
 */
public record DemoIndicators(
    double tcePerValueAdded,
    double outputValueRatio,
    DemoProduct product,
    double unitConsumption,
    DemoEnergyType heat,
    double heatShare) {}
