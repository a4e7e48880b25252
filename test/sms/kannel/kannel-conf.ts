/**
 * The Kannel setup the end-to-end test runs, also printed in docs/sms.md: a bearerbox with one
 * fake SMSC (Kannel's own test SMSC connects to it), an smsbox with the sendsms interface, and one
 * sendsms user for Tessera. Every port listens on 127.0.0.1 only.
 */
export interface KannelPorts {
  readonly admin: number;
  readonly smsbox: number;
  readonly smsc: number;
  readonly sendsms: number;
}

export interface KannelUser {
  readonly username: string;
  readonly password: string;
}

export function kannelConf(ports: KannelPorts, user: KannelUser, adminPassword: string, logDir?: string): string {
  const log = (box: string) => (logDir ? [`log-file = "${logDir}/${box}.log"`, 'log-level = 0'] : []);
  return [
    'group = core',
    `admin-port = ${ports.admin}`,
    'admin-interface = 127.0.0.1',
    `admin-password = ${adminPassword}`,
    `smsbox-port = ${ports.smsbox}`,
    'smsbox-interface = 127.0.0.1',
    'box-allow-ip = 127.0.0.1',
    'dlr-storage = internal',
    ...log('bearerbox'),
    '',
    'group = smsc',
    'smsc = fake',
    'smsc-id = fake',
    `port = ${ports.smsc}`,
    'our-host = 127.0.0.1',
    'connect-allow-ip = 127.0.0.1',
    '',
    'group = smsbox',
    'bearerbox-host = 127.0.0.1',
    `bearerbox-port = ${ports.smsbox}`,
    `sendsms-port = ${ports.sendsms}`,
    'sendsms-interface = 127.0.0.1',
    ...log('smsbox'),
    '',
    'group = sendsms-user',
    `username = ${user.username}`,
    `password = ${user.password}`,
    // A verification code in Chinese is one UCS-2 part; three leave room for longer alerts.
    'max-messages = 3',
    'concatenation = true',
    '',
  ].join('\n');
}
