package cn.nhjc.province.simulator;

import java.io.IOException;

/**
 * The operations of the platform's front-end processor that a device uses. {@link FepClient} speaks
 * them over HTTP; tests stand in for the platform.
 */
public interface FrontEndProcessor {

  FepAnswer register(UnitRef unit) throws IOException, InterruptedException;

  FepAnswer versionCheck(Device device) throws IOException, InterruptedException;

  FepAnswer downloadConfigData(Device device) throws IOException, InterruptedException;

  /** Sends a ready {@code uploadEnergyData} body (see {@link UploadEncoder}). */
  FepAnswer uploadEnergyData(byte[] body) throws IOException, InterruptedException;
}
