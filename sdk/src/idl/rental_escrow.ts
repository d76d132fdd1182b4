// Generated from sdk/idl/rental_escrow.json by scripts/gen-idl-types.js: do not edit.
export type RentalEscrow = {
  "address": "BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS",
  "metadata": {
    "name": "rentalEscrow",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "GPU registry with reputation, escrowed rentals streamed per second, disputes and fees"
  },
  "instructions": [
    {
      "name": "initialize",
      "discriminator": [175, 175, 109, 31, 13, 152, 155, 237],
      "accounts": [
        {
          "name": "admin",
          "writable": true,
          "signer": true
        },
        {
          "name": "market",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [109, 97, 114, 107, 101, 116]
              }
            ]
          }
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "ioMint"
        },
        {
          "name": "treasuryIosd"
        },
        {
          "name": "treasuryIo"
        },
        {
          "name": "stakingConfig"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "program",
          "address": "BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"
        },
        {
          "name": "programData",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [156, 217, 189, 248, 98, 94, 174, 42, 206, 250, 56, 61, 102, 115, 0, 139, 236, 7, 255, 253, 226, 250, 24, 254, 251, 135, 98, 127, 144, 1, 245, 143]
              }
            ],
            "program": {
              "kind": "const",
              "value": [2, 168, 246, 145, 78, 136, 161, 176, 226, 16, 21, 62, 247, 99, 174, 43, 0, 194, 185, 61, 22, 193, 36, 210, 192, 83, 122, 16, 4, 128, 0, 0]
            }
          }
        }
      ],
      "args": [
        {
          "name": "arbiter",
          "type": "pubkey"
        },
        {
          "name": "renterFeeBps",
          "type": "u16"
        },
        {
          "name": "supplierFeeBps",
          "type": "u16"
        },
        {
          "name": "disputeWindow",
          "type": "i64"
        },
        {
          "name": "maxRentalDuration",
          "type": "i64"
        }
      ]
    }
  ],
  "accounts": [
    {
      "name": "market",
      "discriminator": [219, 190, 213, 55, 0, 227, 198, 154]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "invalidFee",
      "msg": "Each fee must be at most 1,000 bps"
    },
    {
      "code": 6001,
      "name": "invalidDisputeWindow",
      "msg": "The dispute window must be between zero and 30 days"
    },
    {
      "code": 6002,
      "name": "invalidMaxDuration",
      "msg": "The longest rental must be between one hour and one year"
    },
    {
      "code": 6003,
      "name": "invalidArbiter",
      "msg": "The arbiter must be set"
    },
    {
      "code": 6004,
      "name": "bondAuthorityMismatch",
      "msg": "io_staking's bond authority is not this market"
    },
    {
      "code": 6005,
      "name": "notUpgradeAuthority",
      "msg": "Only the program's upgrade authority can initialize it"
    }
  ],
  "types": [
    {
      "name": "market",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "admin",
            "type": "pubkey"
          },
          {
            "name": "pendingAdmin",
            "type": "pubkey"
          },
          {
            "name": "arbiter",
            "type": "pubkey"
          },
          {
            "name": "iosdMint",
            "type": "pubkey"
          },
          {
            "name": "iosdTokenProgram",
            "type": "pubkey"
          },
          {
            "name": "ioMint",
            "type": "pubkey"
          },
          {
            "name": "ioTokenProgram",
            "type": "pubkey"
          },
          {
            "name": "treasuryIosd",
            "type": "pubkey"
          },
          {
            "name": "treasuryIo",
            "type": "pubkey"
          },
          {
            "name": "stakingConfig",
            "type": "pubkey"
          },
          {
            "name": "renterFeeBps",
            "type": "u16"
          },
          {
            "name": "supplierFeeBps",
            "type": "u16"
          },
          {
            "name": "disputeWindow",
            "type": "i64"
          },
          {
            "name": "maxRentalDuration",
            "type": "i64"
          },
          {
            "name": "deviceCount",
            "type": "u64"
          },
          {
            "name": "rentalCount",
            "type": "u64"
          },
          {
            "name": "paused",
            "type": "bool"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    }
  ]
};

export const RENTAL_ESCROW_IDL: RentalEscrow = require("../../idl/rental_escrow.json");
