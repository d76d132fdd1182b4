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
          "name": "usdcMint"
        },
        {
          "name": "treasuryIosd"
        },
        {
          "name": "treasuryIo"
        },
        {
          "name": "treasuryUsdc"
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
          "type": {
            "array": [
              "u16",
              3
            ]
          }
        },
        {
          "name": "supplierFeeBps",
          "type": {
            "array": [
              "u16",
              3
            ]
          }
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
          "name": "minRentalDuration",
          "type": "i64"
        },
        {
          "name": "tierThresholds",
          "type": {
            "array": [
              "u64",
              3
            ]
          }
        },
        {
          "name": "classPriority",
          "type": {
            "array": [
              "u8",
              4
            ]
          }
        },
        {
          "name": "priorityWindow",
          "type": "i64"
        },
        {
          "name": "changeDelay",
          "type": "i64"
        }
      ]
    },
    {
      "name": "updateMarket",
      "docs": [
        "Admin: changes the dispute window, rental durations and priority settings at once; proposes a new arbiter and fee schedule (per payment mint: IOSD, IO, USDC), applied by apply_config_change after the market's delay."
      ],
      "discriminator": [153, 39, 2, 197, 179, 50, 199, 217],
      "accounts": [
        {
          "name": "admin",
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
        }
      ],
      "args": [
        {
          "name": "arbiter",
          "type": "pubkey"
        },
        {
          "name": "renterFeeBps",
          "type": {
            "array": [
              "u16",
              3
            ]
          }
        },
        {
          "name": "supplierFeeBps",
          "type": {
            "array": [
              "u16",
              3
            ]
          }
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
          "name": "minRentalDuration",
          "type": "i64"
        },
        {
          "name": "tierThresholds",
          "type": {
            "array": [
              "u64",
              3
            ]
          }
        },
        {
          "name": "classPriority",
          "type": {
            "array": [
              "u8",
              4
            ]
          }
        },
        {
          "name": "priorityWindow",
          "type": "i64"
        }
      ]
    },
    {
      "name": "applyConfigChange",
      "docs": [
        "Anyone, once the market's change delay has passed: applies the proposed arbiter and fee schedule."
      ],
      "discriminator": [18, 84, 124, 38, 182, 155, 7, 238],
      "accounts": [
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
        }
      ],
      "args": []
    },
    {
      "name": "registerDevice",
      "docs": [
        "Operator: lists a device (or re-lists a deregistered one, keeping its reputation), bonding the required stake for it in io_staking by CPI."
      ],
      "discriminator": [210, 151, 56, 68, 22, 158, 90, 193],
      "accounts": [
        {
          "name": "operator",
          "writable": true,
          "signer": true
        },
        {
          "name": "market",
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
          "name": "device",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [100, 101, 118, 105, 99, 101]
              },
              {
                "kind": "account",
                "path": "operator"
              },
              {
                "kind": "arg",
                "path": "deviceId"
              }
            ]
          }
        },
        {
          "name": "paymentMint"
        },
        {
          "name": "payout"
        },
        {
          "name": "stakingConfig",
          "writable": true
        },
        {
          "name": "stakePosition",
          "writable": true
        },
        {
          "name": "deviceBond",
          "writable": true
        },
        {
          "name": "stakingProgram",
          "address": "3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": [
        {
          "name": "deviceId",
          "type": "u64"
        },
        {
          "name": "deviceClass",
          "type": "u8"
        },
        {
          "name": "gpuCount",
          "type": "u32"
        },
        {
          "name": "vramGb",
          "type": "u32"
        },
        {
          "name": "region",
          "type": {
            "array": [
              "u8",
              16
            ]
          }
        },
        {
          "name": "pricePerGpuHour",
          "type": "u64"
        }
      ]
    },
    {
      "name": "updateDevice",
      "docs": [
        "The operator re-prices the device or takes it offline / online (the price is fixed while rented)."
      ],
      "discriminator": [30, 154, 166, 184, 200, 216, 194, 74],
      "accounts": [
        {
          "name": "operator",
          "signer": true
        },
        {
          "name": "market",
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
          "name": "device",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "pricePerGpuHour",
          "type": "u64"
        },
        {
          "name": "status",
          "type": "u8"
        }
      ]
    },
    {
      "name": "deregisterDevice",
      "docs": [
        "Operator: delists the device and releases its bond; refused while rentals are open or the payout is locked. The device account and its reputation stay."
      ],
      "discriminator": [23, 50, 159, 225, 222, 5, 173, 37],
      "accounts": [
        {
          "name": "operator",
          "writable": true,
          "signer": true
        },
        {
          "name": "market",
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
          "name": "device",
          "writable": true
        },
        {
          "name": "stakingConfig",
          "writable": true
        },
        {
          "name": "stakePosition",
          "writable": true
        },
        {
          "name": "deviceBond",
          "writable": true
        },
        {
          "name": "stakingProgram",
          "address": "3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"
        }
      ],
      "args": []
    },
    {
      "name": "topUpBond",
      "docs": [
        "Operator: bonds more stake for a device whose bond a slash took below its requirement, so it can be rented again."
      ],
      "discriminator": [110, 37, 8, 119, 210, 231, 202, 197],
      "accounts": [
        {
          "name": "operator",
          "writable": true,
          "signer": true
        },
        {
          "name": "market",
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
          "name": "device"
        },
        {
          "name": "stakingConfig",
          "writable": true
        },
        {
          "name": "stakePosition",
          "writable": true
        },
        {
          "name": "deviceBond",
          "writable": true
        },
        {
          "name": "stakingProgram",
          "address": "3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": [
        {
          "name": "extra",
          "type": "u64"
        }
      ]
    },
    {
      "name": "releaseExcessBond",
      "discriminator": [15, 58, 106, 250, 155, 191, 224, 183],
      "accounts": [
        {
          "name": "operator",
          "signer": true
        },
        {
          "name": "market",
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
          "name": "device"
        },
        {
          "name": "stakingConfig",
          "writable": true
        },
        {
          "name": "stakePosition",
          "writable": true
        },
        {
          "name": "deviceBond",
          "writable": true
        },
        {
          "name": "stakingProgram",
          "address": "3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "lockPayout",
      "docs": [
        "Operator and locker (a program PDA) together: sends the device's earnings to a locked payout until `until`; no rental may run past it; only the locker can unlock."
      ],
      "discriminator": [140, 233, 226, 207, 226, 249, 150, 216],
      "accounts": [
        {
          "name": "operator",
          "signer": true
        },
        {
          "name": "locker",
          "signer": true
        },
        {
          "name": "market",
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
          "name": "device",
          "writable": true
        },
        {
          "name": "payout"
        }
      ],
      "args": [
        {
          "name": "until",
          "type": "i64"
        }
      ]
    },
    {
      "name": "unlockPayout",
      "docs": [
        "The payout's locker releases the lock: earnings go to the operator's own payout again."
      ],
      "discriminator": [106, 34, 200, 84, 134, 237, 230, 24],
      "accounts": [
        {
          "name": "locker",
          "signer": true
        },
        {
          "name": "device",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "createRental",
      "docs": [
        "Books a device for `duration` seconds: the price times GPUs times duration goes into a new escrow and the renter fee to the treasury."
      ],
      "discriminator": [130, 240, 153, 29, 243, 149, 80, 243],
      "accounts": [
        {
          "name": "renter",
          "writable": true,
          "signer": true
        },
        {
          "name": "market",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [109, 97, 114, 107, 101, 116]
              }
            ]
          },
          "writable": true
        },
        {
          "name": "device",
          "writable": true
        },
        {
          "name": "rental",
          "writable": true
        },
        {
          "name": "escrow",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [101, 115, 99, 114, 111, 119]
              },
              {
                "kind": "account",
                "path": "rental"
              }
            ]
          }
        },
        {
          "name": "paymentMint",
          "writable": true
        },
        {
          "name": "renterToken",
          "writable": true
        },
        {
          "name": "treasury",
          "writable": true
        },
        {
          "name": "tokenProgram"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "stakingConfig"
        },
        {
          "name": "deviceBond"
        },
        {
          "name": "renterPosition"
        }
      ],
      "args": [
        {
          "name": "duration",
          "type": "u64"
        },
        {
          "name": "maxPricePerGpuHour",
          "type": "u64"
        }
      ]
    },
    {
      "name": "settle",
      "docs": [
        "Anyone: pays the operator what had streamed one dispute window ago and is not yet released, minus the supplier fee, and counts that service for the device's supplier emissions; the last window of service stays in escrow until complete. Pass the memo program after the accounts when the payout requires memos (the SDK always does). supplier_ledger is the market's (the default address before it is opened)."
      ],
      "discriminator": [175, 42, 185, 87, 144, 131, 102, 212],
      "accounts": [
        {
          "name": "market",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [109, 97, 114, 107, 101, 116]
              }
            ]
          },
          "writable": true
        },
        {
          "name": "device",
          "writable": true
        },
        {
          "name": "rental",
          "writable": true
        },
        {
          "name": "escrow",
          "writable": true
        },
        {
          "name": "payout",
          "writable": true
        },
        {
          "name": "treasury",
          "writable": true
        },
        {
          "name": "paymentMint",
          "writable": true
        },
        {
          "name": "tokenProgram"
        },
        {
          "name": "stakingConfig"
        },
        {
          "name": "supplierLedger",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "extend",
      "docs": [
        "Renter: lengthens a running rental, paying the extra time and its renter fee."
      ],
      "discriminator": [228, 127, 0, 1, 227, 154, 54, 168],
      "accounts": [
        {
          "name": "renter",
          "signer": true
        },
        {
          "name": "market",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [109, 97, 114, 107, 101, 116]
              }
            ]
          },
          "writable": true
        },
        {
          "name": "device",
          "writable": true
        },
        {
          "name": "rental",
          "writable": true
        },
        {
          "name": "escrow",
          "writable": true
        },
        {
          "name": "paymentMint",
          "writable": true
        },
        {
          "name": "renterToken",
          "writable": true
        },
        {
          "name": "treasury",
          "writable": true
        },
        {
          "name": "tokenProgram"
        }
      ],
      "args": [
        {
          "name": "extraSeconds",
          "type": "u64"
        }
      ]
    },
    {
      "name": "cancel",
      "docs": [
        "Renter: stops a running rental; the streamed part goes to the operator, the rest is refunded, and the accounts close. Pass the memo program after the accounts when the payout requires memos (the SDK always does)."
      ],
      "discriminator": [232, 219, 223, 41, 219, 236, 220, 190],
      "accounts": [
        {
          "name": "renter",
          "writable": true,
          "signer": true
        },
        {
          "name": "market",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [109, 97, 114, 107, 101, 116]
              }
            ]
          },
          "writable": true
        },
        {
          "name": "device",
          "writable": true
        },
        {
          "name": "rental",
          "writable": true
        },
        {
          "name": "escrow",
          "writable": true
        },
        {
          "name": "payout",
          "writable": true
        },
        {
          "name": "renterToken",
          "writable": true
        },
        {
          "name": "treasury",
          "writable": true
        },
        {
          "name": "paymentMint",
          "writable": true
        },
        {
          "name": "tokenProgram"
        },
        {
          "name": "stakingConfig"
        },
        {
          "name": "supplierLedger",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "complete",
      "docs": [
        "After the end (the renter at once, anyone after the dispute window): pays the operator the rest and closes the accounts. Pass the memo program after the accounts when the payout requires memos (the SDK always does)."
      ],
      "discriminator": [0, 77, 224, 147, 136, 25, 88, 76],
      "accounts": [
        {
          "name": "caller",
          "signer": true
        },
        {
          "name": "renter",
          "writable": true
        },
        {
          "name": "market",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [109, 97, 114, 107, 101, 116]
              }
            ]
          },
          "writable": true
        },
        {
          "name": "device",
          "writable": true
        },
        {
          "name": "rental",
          "writable": true
        },
        {
          "name": "escrow",
          "writable": true
        },
        {
          "name": "payout",
          "writable": true
        },
        {
          "name": "treasury",
          "writable": true
        },
        {
          "name": "paymentMint",
          "writable": true
        },
        {
          "name": "tokenProgram"
        },
        {
          "name": "stakingConfig"
        },
        {
          "name": "supplierLedger",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "openDispute",
      "docs": [
        "Renter, during the rental or within the dispute window: freezes the stream until the arbiter resolves it."
      ],
      "discriminator": [137, 25, 99, 119, 23, 223, 161, 42],
      "accounts": [
        {
          "name": "renter",
          "signer": true
        },
        {
          "name": "market",
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
          "name": "device",
          "writable": true
        },
        {
          "name": "rental",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "resolveDispute",
      "docs": [
        "Arbiter: splits the escrow's remainder (renter_share_bps to the renter), may slash the operator's bonded stake, and closes the accounts. Pass the memo program after the accounts when the payout requires memos (the SDK always does)."
      ],
      "discriminator": [231, 6, 202, 6, 96, 103, 12, 230],
      "accounts": [
        {
          "name": "arbiter",
          "signer": true
        },
        {
          "name": "renter",
          "writable": true
        },
        {
          "name": "market",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [109, 97, 114, 107, 101, 116]
              }
            ]
          },
          "writable": true
        },
        {
          "name": "device",
          "writable": true
        },
        {
          "name": "rental",
          "writable": true
        },
        {
          "name": "escrow",
          "writable": true
        },
        {
          "name": "payout",
          "writable": true
        },
        {
          "name": "renterToken",
          "writable": true
        },
        {
          "name": "treasury",
          "writable": true
        },
        {
          "name": "paymentMint",
          "writable": true
        },
        {
          "name": "tokenProgram"
        },
        {
          "name": "stakingProgram",
          "address": "3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"
        },
        {
          "name": "stakingConfig",
          "writable": true
        },
        {
          "name": "stakePosition",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true
        },
        {
          "name": "stakingTreasury",
          "writable": true
        },
        {
          "name": "ioMint"
        },
        {
          "name": "ioTokenProgram"
        },
        {
          "name": "deviceBond",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "renterShareBps",
          "type": "u16"
        },
        {
          "name": "slashAmount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "openSupplierLedger",
      "docs": [
        "Admin, once: binds the market to its supplier ledger, a new zeroed account of this program (175,384 bytes) created in the same transaction; GPU time served from then on earns supplier emissions."
      ],
      "discriminator": [253, 87, 97, 79, 92, 13, 13, 224],
      "accounts": [
        {
          "name": "admin",
          "signer": true
        },
        {
          "name": "market",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [109, 97, 114, 107, 101, 116]
              }
            ]
          },
          "writable": true
        },
        {
          "name": "supplierLedger",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "claimSupplierEmissions",
      "docs": [
        "Operator: takes the device's supplier emissions (its GPU-seconds of ended days converted to IO) from io_staking's supplier vault, once the crank has funded them."
      ],
      "discriminator": [85, 234, 86, 90, 250, 50, 205, 255],
      "accounts": [
        {
          "name": "operator",
          "signer": true
        },
        {
          "name": "market",
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
          "name": "device",
          "writable": true
        },
        {
          "name": "supplierLedger"
        },
        {
          "name": "stakingProgram",
          "address": "3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"
        },
        {
          "name": "stakingConfig",
          "writable": true
        },
        {
          "name": "supplierVault",
          "writable": true
        },
        {
          "name": "destination",
          "writable": true
        },
        {
          "name": "ioMint"
        },
        {
          "name": "ioTokenProgram"
        }
      ],
      "args": []
    },
    {
      "name": "sweepUnservedEmissions",
      "docs": [
        "Admin: the suppliers' emission of ended days nobody was paid for service in (or before the ledger opened) goes to io_staking's treasury, once cranked."
      ],
      "discriminator": [99, 63, 83, 83, 199, 72, 35, 148],
      "accounts": [
        {
          "name": "admin",
          "signer": true
        },
        {
          "name": "market",
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
          "name": "supplierLedger",
          "writable": true
        },
        {
          "name": "stakingProgram",
          "address": "3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"
        },
        {
          "name": "stakingConfig",
          "writable": true
        },
        {
          "name": "supplierVault",
          "writable": true
        },
        {
          "name": "treasury",
          "writable": true
        },
        {
          "name": "ioMint"
        },
        {
          "name": "ioTokenProgram"
        }
      ],
      "args": []
    },
    {
      "name": "proposeAdmin",
      "docs": [
        "Admin: proposes a new admin (the default key withdraws the proposal)."
      ],
      "discriminator": [121, 214, 199, 212, 87, 39, 117, 234],
      "accounts": [
        {
          "name": "admin",
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
        }
      ],
      "args": [
        {
          "name": "newAdmin",
          "type": "pubkey"
        }
      ]
    },
    {
      "name": "acceptAdmin",
      "docs": [
        "The proposed admin accepts the role."
      ],
      "discriminator": [112, 42, 45, 90, 116, 181, 13, 170],
      "accounts": [
        {
          "name": "newAdmin",
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
        }
      ],
      "args": []
    },
    {
      "name": "pause",
      "docs": [
        "Admin: refuses register_device, create_rental and extend until unpaused."
      ],
      "discriminator": [211, 22, 221, 251, 74, 121, 193, 47],
      "accounts": [
        {
          "name": "admin",
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
        }
      ],
      "args": []
    },
    {
      "name": "unpause",
      "docs": [
        "Admin: lifts a pause."
      ],
      "discriminator": [169, 144, 4, 38, 10, 141, 188, 255],
      "accounts": [
        {
          "name": "admin",
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
        }
      ],
      "args": []
    }
  ],
  "accounts": [
    {
      "name": "market",
      "discriminator": [219, 190, 213, 55, 0, 227, 198, 154]
    },
    {
      "name": "device",
      "discriminator": [153, 248, 23, 39, 83, 45, 68, 128]
    },
    {
      "name": "rental",
      "discriminator": [121, 83, 229, 235, 73, 50, 143, 184]
    },
    {
      "name": "supplierLedger",
      "discriminator": [79, 240, 207, 14, 67, 189, 105, 117]
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
    },
    {
      "code": 6006,
      "name": "notAdmin",
      "msg": "Only the market's admin can do this"
    },
    {
      "code": 6007,
      "name": "notPendingAdmin",
      "msg": "Only the proposed admin can accept the admin role"
    },
    {
      "code": 6008,
      "name": "paused",
      "msg": "The market is paused"
    },
    {
      "code": 6009,
      "name": "mathOverflow",
      "msg": "Arithmetic overflow"
    },
    {
      "code": 6010,
      "name": "unsupportedPaymentMint",
      "msg": "Payments are accepted in IOSD, IO or USDC only"
    },
    {
      "code": 6011,
      "name": "invalidPrice",
      "msg": "The price per GPU-hour must be positive"
    },
    {
      "code": 6012,
      "name": "invalidGpuCount",
      "msg": "The GPU count must be positive"
    },
    {
      "code": 6013,
      "name": "unknownDeviceClass",
      "msg": "io_staking does not offer this device class"
    },
    {
      "code": 6014,
      "name": "invalidStatus",
      "msg": "The device status must be 0 (available) or 1 (offline)"
    },
    {
      "code": 6015,
      "name": "insufficientStake",
      "msg": "The operator's unbonded stake does not cover the device's requirement"
    },
    {
      "code": 6016,
      "name": "wrongStakePosition",
      "msg": "The stake position does not belong to the device's operator"
    },
    {
      "code": 6017,
      "name": "notOperator",
      "msg": "Only the device's operator can do this"
    },
    {
      "code": 6018,
      "name": "deviceBusy",
      "msg": "The device is rented until its current rental ends"
    },
    {
      "code": 6019,
      "name": "deviceUnavailable",
      "msg": "The device is offline"
    },
    {
      "code": 6020,
      "name": "deviceHasOpenRentals",
      "msg": "The device has rentals that are not closed yet"
    },
    {
      "code": 6021,
      "name": "payoutLocked",
      "msg": "The payout account is locked"
    },
    {
      "code": 6022,
      "name": "payoutNotLocked",
      "msg": "The payout account is not locked"
    },
    {
      "code": 6023,
      "name": "notPayoutLocker",
      "msg": "Only the program that locked the payout account can unlock it"
    },
    {
      "code": 6024,
      "name": "invalidDuration",
      "msg": "The rental duration must be positive"
    },
    {
      "code": 6025,
      "name": "durationTooLong",
      "msg": "The rental would be longer than the market allows"
    },
    {
      "code": 6026,
      "name": "priceAboveMax",
      "msg": "The device's price is above the renter's maximum"
    },
    {
      "code": 6027,
      "name": "selfRental",
      "msg": "An operator cannot rent its own device"
    },
    {
      "code": 6028,
      "name": "insufficientBalance",
      "msg": "The amount exceeds the token account's balance"
    },
    {
      "code": 6029,
      "name": "notRenter",
      "msg": "Only the renter can do this"
    },
    {
      "code": 6030,
      "name": "rentalEnded",
      "msg": "The rental has already ended"
    },
    {
      "code": 6031,
      "name": "rentalNotEnded",
      "msg": "The rental has not ended yet"
    },
    {
      "code": 6032,
      "name": "rentalDisputed",
      "msg": "The rental is disputed; only the arbiter can close it"
    },
    {
      "code": 6033,
      "name": "notDisputed",
      "msg": "The rental is not disputed"
    },
    {
      "code": 6034,
      "name": "nothingToSettle",
      "msg": "Nothing has streamed since the last settlement"
    },
    {
      "code": 6035,
      "name": "disputeWindowOpen",
      "msg": "Until the dispute window closes, only the renter can complete the rental"
    },
    {
      "code": 6036,
      "name": "disputeWindowClosed",
      "msg": "The dispute window has closed"
    },
    {
      "code": 6037,
      "name": "notArbiter",
      "msg": "Only the market's arbiter can resolve disputes"
    },
    {
      "code": 6038,
      "name": "invalidShare",
      "msg": "The renter's share must be at most 10,000 bps"
    },
    {
      "code": 6039,
      "name": "slashExceedsBond",
      "msg": "The slash exceeds the stake bonded for this device"
    },
    {
      "code": 6040,
      "name": "slashAuthorityMismatch",
      "msg": "io_staking's slash authority is not this market"
    },
    {
      "code": 6041,
      "name": "payoutNotAssociated",
      "msg": "The payout must be the operator's associated token account of the payment mint"
    },
    {
      "code": 6042,
      "name": "rentalPastPayoutLock",
      "msg": "A device whose earnings are locked cannot be rented past the end of the lock's term"
    },
    {
      "code": 6043,
      "name": "wrongDeviceBond",
      "msg": "The bond account is not this device's bond in io_staking"
    },
    {
      "code": 6044,
      "name": "bondBelowRequirement",
      "msg": "The device's bond is below its requirement (slashed): the operator must top it up"
    },
    {
      "code": 6045,
      "name": "deviceDeregistered",
      "msg": "The device is deregistered"
    },
    {
      "code": 6046,
      "name": "invalidMinDuration",
      "msg": "The shortest rental that counts for reputation must be between zero and the longest rental"
    },
    {
      "code": 6047,
      "name": "invalidChangeDelay",
      "msg": "The delay of arbiter changes must be between zero and 30 days"
    },
    {
      "code": 6048,
      "name": "noPendingChange",
      "msg": "No change of arbiter or fees is pending"
    },
    {
      "code": 6049,
      "name": "changeNotReady",
      "msg": "The proposed change's delay has not passed yet"
    },
    {
      "code": 6050,
      "name": "memoProgramMissing",
      "msg": "The payout requires a memo: pass the memo program after the instruction's accounts"
    },
    {
      "code": 6051,
      "name": "unsupportedMintExtension",
      "msg": "The mint has a Token-2022 extension that controls balances (only metadata, group, interest-bearing and scaled-UI extensions are accepted)"
    },
    {
      "code": 6052,
      "name": "invalidPrioritySettings",
      "msg": "Priority tiers must rise strictly from a positive stake, class tiers be at most 3, and the window at most a week"
    },
    {
      "code": 6053,
      "name": "priorityWindow",
      "msg": "The device is in its priority window: only renters staking at its class's tier may book it now"
    },
    {
      "code": 6054,
      "name": "rentalsOpen",
      "msg": "Excess bond can be released only while no rental of the device is open"
    },
    {
      "code": 6055,
      "name": "supplierLedgerNotOpen",
      "msg": "The market's supplier ledger has not been opened"
    },
    {
      "code": 6056,
      "name": "supplierLedgerAlreadyOpen",
      "msg": "The market's supplier ledger is already open"
    },
    {
      "code": 6057,
      "name": "invalidSupplierLedger",
      "msg": "The supplier ledger must be a new, zeroed account of this program of the ledger's size"
    },
    {
      "code": 6058,
      "name": "emissionsNotStarted",
      "msg": "io_staking's emission schedule has not been started"
    },
    {
      "code": 6059,
      "name": "noSupplierEmissions",
      "msg": "The device has no supplier emissions to claim yet (a window converts once it has ended)"
    },
    {
      "code": 6060,
      "name": "supplierEmissionsNotCranked",
      "msg": "The device's emissions are not in the supplier vault yet: crank io_staking's emissions first"
    },
    {
      "code": 6061,
      "name": "noUnservedEmissions",
      "msg": "No ended day without service has emissions left to sweep"
    },
    {
      "code": 6062,
      "name": "duplicatePaymentMint",
      "msg": "The IOSD, IO and USDC mints must be three different mints"
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
            "name": "changeDelay",
            "type": "i64"
          },
          {
            "name": "pendingArbiter",
            "type": "pubkey"
          },
          {
            "name": "changeReadyAt",
            "type": "i64"
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
            "name": "usdcMint",
            "type": "pubkey"
          },
          {
            "name": "usdcTokenProgram",
            "type": "pubkey"
          },
          {
            "name": "treasuryUsdc",
            "type": "pubkey"
          },
          {
            "name": "stakingConfig",
            "type": "pubkey"
          },
          {
            "name": "renterFeeBps",
            "type": {
              "array": [
                "u16",
                3
              ]
            }
          },
          {
            "name": "supplierFeeBps",
            "type": {
              "array": [
                "u16",
                3
              ]
            }
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
            "name": "minRentalDuration",
            "type": "i64"
          },
          {
            "name": "paused",
            "type": "bool"
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "tierThresholds",
            "type": {
              "array": [
                "u64",
                3
              ]
            }
          },
          {
            "name": "classPriority",
            "type": {
              "array": [
                "u8",
                4
              ]
            }
          },
          {
            "name": "priorityWindow",
            "type": "i64"
          },
          {
            "name": "supplierLedger",
            "type": "pubkey"
          },
          {
            "name": "pendingRenterFeeBps",
            "type": {
              "array": [
                "u16",
                3
              ]
            }
          },
          {
            "name": "pendingSupplierFeeBps",
            "type": {
              "array": [
                "u16",
                3
              ]
            }
          },
          {
            "name": "ioFeesBurned",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "device",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "operator",
            "type": "pubkey"
          },
          {
            "name": "deviceId",
            "type": "u64"
          },
          {
            "name": "deviceClass",
            "type": "u8"
          },
          {
            "name": "gpuCount",
            "type": "u32"
          },
          {
            "name": "vramGb",
            "type": "u32"
          },
          {
            "name": "region",
            "type": {
              "array": [
                "u8",
                16
              ]
            }
          },
          {
            "name": "pricePerGpuHour",
            "type": "u64"
          },
          {
            "name": "paymentMint",
            "type": "pubkey"
          },
          {
            "name": "payout",
            "type": "pubkey"
          },
          {
            "name": "payoutLocker",
            "type": "pubkey"
          },
          {
            "name": "lockedPayout",
            "type": "pubkey"
          },
          {
            "name": "lockedUntil",
            "type": "i64"
          },
          {
            "name": "status",
            "type": "u8"
          },
          {
            "name": "rentedUntil",
            "type": "i64"
          },
          {
            "name": "activeRental",
            "type": "pubkey"
          },
          {
            "name": "openRentals",
            "type": "u32"
          },
          {
            "name": "rentalCount",
            "type": "u64"
          },
          {
            "name": "completedRentals",
            "type": "u64"
          },
          {
            "name": "secondsServed",
            "type": "u64"
          },
          {
            "name": "disputesOpened",
            "type": "u32"
          },
          {
            "name": "disputesLost",
            "type": "u32"
          },
          {
            "name": "cleanGpuSeconds",
            "type": "u64"
          },
          {
            "name": "lostGpuSeconds",
            "type": "u64"
          },
          {
            "name": "scoreBps",
            "type": "u16"
          },
          {
            "name": "registeredAt",
            "type": "i64"
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "freeSince",
            "type": "i64"
          },
          {
            "name": "emissionWindow",
            "type": "u64"
          },
          {
            "name": "emissionPoints",
            "type": "u64"
          },
          {
            "name": "emissionOwed",
            "type": "u64"
          },
          {
            "name": "emissionFundedAt",
            "type": "u64"
          },
          {
            "name": "emissionClaimed",
            "type": "u64"
          },
          {
            "name": "emissionGpuSeconds",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "rental",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "renter",
            "type": "pubkey"
          },
          {
            "name": "nonce",
            "type": "u64"
          },
          {
            "name": "paymentMint",
            "type": "pubkey"
          },
          {
            "name": "escrow",
            "type": "pubkey"
          },
          {
            "name": "pricePerGpuHour",
            "type": "u64"
          },
          {
            "name": "gpuCount",
            "type": "u32"
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
            "name": "start",
            "type": "i64"
          },
          {
            "name": "end",
            "type": "i64"
          },
          {
            "name": "disputeWindow",
            "type": "i64"
          },
          {
            "name": "deposited",
            "type": "u64"
          },
          {
            "name": "released",
            "type": "u64"
          },
          {
            "name": "renterFees",
            "type": "u64"
          },
          {
            "name": "disputed",
            "type": "bool"
          },
          {
            "name": "disputedAt",
            "type": "i64"
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "escrowBump",
            "type": "u8"
          },
          {
            "name": "secondsCounted",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "supplierLedger",
      "docs": [
        "Header of the supplier ledger; WINDOWS entries of (points, emission, funded_at) u64s follow it."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "market",
            "type": "pubkey"
          },
          {
            "name": "openedAt",
            "type": "i64"
          },
          {
            "name": "allocated",
            "type": "u64"
          },
          {
            "name": "swept",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "marketUpdated",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "arbiter",
            "type": "pubkey"
          },
          {
            "name": "renterFeeBps",
            "type": {
              "array": [
                "u16",
                3
              ]
            }
          },
          {
            "name": "supplierFeeBps",
            "type": {
              "array": [
                "u16",
                3
              ]
            }
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
            "name": "minRentalDuration",
            "type": "i64"
          },
          {
            "name": "tierThreshold1",
            "type": "u64"
          },
          {
            "name": "tierThreshold2",
            "type": "u64"
          },
          {
            "name": "tierThreshold3",
            "type": "u64"
          },
          {
            "name": "classPriority",
            "type": {
              "array": [
                "u8",
                4
              ]
            }
          },
          {
            "name": "priorityWindow",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "deviceRegistered",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "operator",
            "type": "pubkey"
          },
          {
            "name": "deviceId",
            "type": "u64"
          },
          {
            "name": "deviceClass",
            "type": "u8"
          },
          {
            "name": "gpuCount",
            "type": "u32"
          },
          {
            "name": "pricePerGpuHour",
            "type": "u64"
          },
          {
            "name": "paymentMint",
            "type": "pubkey"
          },
          {
            "name": "bonded",
            "type": "u64"
          },
          {
            "name": "region",
            "type": {
              "array": [
                "u8",
                16
              ]
            }
          }
        ]
      }
    },
    {
      "name": "deviceUpdated",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "pricePerGpuHour",
            "type": "u64"
          },
          {
            "name": "status",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "deviceDeregistered",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "operator",
            "type": "pubkey"
          },
          {
            "name": "unbonded",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "payoutLocked",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "payout",
            "type": "pubkey"
          },
          {
            "name": "locker",
            "type": "pubkey"
          },
          {
            "name": "until",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "payoutUnlocked",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "locker",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "rentalCreated",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "rental",
            "type": "pubkey"
          },
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "renter",
            "type": "pubkey"
          },
          {
            "name": "start",
            "type": "i64"
          },
          {
            "name": "end",
            "type": "i64"
          },
          {
            "name": "deposited",
            "type": "u64"
          },
          {
            "name": "renterFee",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "rentalExtended",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "rental",
            "type": "pubkey"
          },
          {
            "name": "end",
            "type": "i64"
          },
          {
            "name": "deposited",
            "type": "u64"
          },
          {
            "name": "added",
            "type": "u64"
          },
          {
            "name": "renterFee",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "rentalSettled",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "rental",
            "type": "pubkey"
          },
          {
            "name": "toOperator",
            "type": "u64"
          },
          {
            "name": "supplierFee",
            "type": "u64"
          },
          {
            "name": "released",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "rentalCancelled",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "rental",
            "type": "pubkey"
          },
          {
            "name": "toOperator",
            "type": "u64"
          },
          {
            "name": "supplierFee",
            "type": "u64"
          },
          {
            "name": "refunded",
            "type": "u64"
          },
          {
            "name": "secondsServed",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "rentalCompleted",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "rental",
            "type": "pubkey"
          },
          {
            "name": "toOperator",
            "type": "u64"
          },
          {
            "name": "supplierFee",
            "type": "u64"
          },
          {
            "name": "secondsServed",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "disputeOpened",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "rental",
            "type": "pubkey"
          },
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "disputedAt",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "disputeResolved",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "rental",
            "type": "pubkey"
          },
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "toRenter",
            "type": "u64"
          },
          {
            "name": "toOperator",
            "type": "u64"
          },
          {
            "name": "supplierFee",
            "type": "u64"
          },
          {
            "name": "slashed",
            "type": "u64"
          },
          {
            "name": "operatorLost",
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "adminChanged",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "previous",
            "type": "pubkey"
          },
          {
            "name": "admin",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "pauseChanged",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "paused",
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "escrowSurplusSwept",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "rental",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "bondToppedUp",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "bonded",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "configChangeProposed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "readyAt",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "configChangeApplied",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "readyAt",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "supplierLedgerOpened",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "ledger",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "serviceCounted",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "window",
            "type": "u64"
          },
          {
            "name": "gpuSeconds",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "supplierEmissionsClaimed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "operator",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "claimed",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "unservedEmissionsSwept",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "swept",
            "type": "u64"
          }
        ]
      }
    }
  ],
  "events": [
    {
      "name": "marketUpdated",
      "discriminator": [170, 51, 74, 147, 116, 168, 217, 251]
    },
    {
      "name": "deviceRegistered",
      "discriminator": [221, 90, 2, 153, 72, 98, 71, 181]
    },
    {
      "name": "deviceUpdated",
      "discriminator": [19, 61, 200, 102, 163, 178, 2, 158]
    },
    {
      "name": "deviceDeregistered",
      "discriminator": [210, 167, 30, 59, 244, 7, 206, 145]
    },
    {
      "name": "payoutLocked",
      "discriminator": [132, 235, 78, 101, 194, 212, 92, 248]
    },
    {
      "name": "payoutUnlocked",
      "discriminator": [119, 139, 25, 193, 63, 229, 146, 218]
    },
    {
      "name": "rentalCreated",
      "discriminator": [206, 80, 251, 161, 126, 236, 97, 167]
    },
    {
      "name": "rentalExtended",
      "discriminator": [153, 32, 84, 40, 30, 35, 246, 79]
    },
    {
      "name": "rentalSettled",
      "discriminator": [170, 51, 180, 247, 186, 122, 168, 59]
    },
    {
      "name": "rentalCancelled",
      "discriminator": [7, 110, 25, 158, 197, 48, 12, 238]
    },
    {
      "name": "rentalCompleted",
      "discriminator": [65, 182, 96, 248, 177, 212, 88, 124]
    },
    {
      "name": "disputeOpened",
      "discriminator": [239, 222, 102, 235, 193, 85, 1, 214]
    },
    {
      "name": "disputeResolved",
      "discriminator": [121, 64, 249, 153, 139, 128, 236, 187]
    },
    {
      "name": "escrowSurplusSwept",
      "discriminator": [253, 191, 108, 65, 234, 114, 133, 17]
    },
    {
      "name": "bondToppedUp",
      "discriminator": [182, 139, 47, 228, 13, 187, 220, 146]
    },
    {
      "name": "supplierLedgerOpened",
      "discriminator": [114, 178, 147, 62, 83, 6, 112, 210]
    },
    {
      "name": "serviceCounted",
      "discriminator": [215, 97, 170, 249, 222, 36, 146, 140]
    },
    {
      "name": "supplierEmissionsClaimed",
      "discriminator": [198, 52, 121, 9, 75, 1, 16, 226]
    },
    {
      "name": "unservedEmissionsSwept",
      "discriminator": [223, 5, 19, 49, 162, 156, 24, 216]
    },
    {
      "name": "configChangeProposed",
      "discriminator": [57, 212, 96, 3, 9, 29, 225, 198]
    },
    {
      "name": "configChangeApplied",
      "discriminator": [65, 124, 47, 248, 1, 25, 230, 154]
    },
    {
      "name": "adminChanged",
      "discriminator": [232, 34, 31, 226, 62, 18, 19, 114]
    },
    {
      "name": "pauseChanged",
      "discriminator": [238, 188, 213, 78, 134, 209, 178, 218]
    }
  ]
};

export const RENTAL_ESCROW_IDL = {"address":"BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS","metadata":{"name":"rental_escrow","version":"0.1.0","spec":"0.1.0","description":"GPU registry with reputation, escrowed rentals streamed per second, disputes and fees"},"instructions":[{"name":"initialize","discriminator":[175,175,109,31,13,152,155,237],"accounts":[{"name":"admin","writable":true,"signer":true},{"name":"market","writable":true,"pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}},{"name":"iosd_mint"},{"name":"io_mint"},{"name":"usdc_mint"},{"name":"treasury_iosd"},{"name":"treasury_io"},{"name":"treasury_usdc"},{"name":"staking_config"},{"name":"system_program","address":"11111111111111111111111111111111"},{"name":"program","address":"BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"},{"name":"program_data","pda":{"seeds":[{"kind":"const","value":[156,217,189,248,98,94,174,42,206,250,56,61,102,115,0,139,236,7,255,253,226,250,24,254,251,135,98,127,144,1,245,143]}],"program":{"kind":"const","value":[2,168,246,145,78,136,161,176,226,16,21,62,247,99,174,43,0,194,185,61,22,193,36,210,192,83,122,16,4,128,0,0]}}}],"args":[{"name":"arbiter","type":"pubkey"},{"name":"renter_fee_bps","type":{"array":["u16",3]}},{"name":"supplier_fee_bps","type":{"array":["u16",3]}},{"name":"dispute_window","type":"i64"},{"name":"max_rental_duration","type":"i64"},{"name":"min_rental_duration","type":"i64"},{"name":"tier_thresholds","type":{"array":["u64",3]}},{"name":"class_priority","type":{"array":["u8",4]}},{"name":"priority_window","type":"i64"},{"name":"change_delay","type":"i64"}]},{"name":"update_market","docs":["Admin: changes the dispute window, rental durations and priority settings at once; proposes a new arbiter and fee schedule (per payment mint: IOSD, IO, USDC), applied by apply_config_change after the market's delay."],"discriminator":[153,39,2,197,179,50,199,217],"accounts":[{"name":"admin","signer":true},{"name":"market","writable":true,"pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}}],"args":[{"name":"arbiter","type":"pubkey"},{"name":"renter_fee_bps","type":{"array":["u16",3]}},{"name":"supplier_fee_bps","type":{"array":["u16",3]}},{"name":"dispute_window","type":"i64"},{"name":"max_rental_duration","type":"i64"},{"name":"min_rental_duration","type":"i64"},{"name":"tier_thresholds","type":{"array":["u64",3]}},{"name":"class_priority","type":{"array":["u8",4]}},{"name":"priority_window","type":"i64"}]},{"name":"apply_config_change","docs":["Anyone, once the market's change delay has passed: applies the proposed arbiter and fee schedule."],"discriminator":[18,84,124,38,182,155,7,238],"accounts":[{"name":"market","writable":true,"pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}}],"args":[]},{"name":"register_device","docs":["Operator: lists a device (or re-lists a deregistered one, keeping its reputation), bonding the required stake for it in io_staking by CPI."],"discriminator":[210,151,56,68,22,158,90,193],"accounts":[{"name":"operator","writable":true,"signer":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}},{"name":"device","writable":true,"pda":{"seeds":[{"kind":"const","value":[100,101,118,105,99,101]},{"kind":"account","path":"operator"},{"kind":"arg","path":"device_id"}]}},{"name":"payment_mint"},{"name":"payout"},{"name":"staking_config","writable":true},{"name":"stake_position","writable":true},{"name":"device_bond","writable":true},{"name":"staking_program","address":"3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"},{"name":"system_program","address":"11111111111111111111111111111111"}],"args":[{"name":"device_id","type":"u64"},{"name":"device_class","type":"u8"},{"name":"gpu_count","type":"u32"},{"name":"vram_gb","type":"u32"},{"name":"region","type":{"array":["u8",16]}},{"name":"price_per_gpu_hour","type":"u64"}]},{"name":"update_device","docs":["The operator re-prices the device or takes it offline / online (the price is fixed while rented)."],"discriminator":[30,154,166,184,200,216,194,74],"accounts":[{"name":"operator","signer":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}},{"name":"device","writable":true}],"args":[{"name":"price_per_gpu_hour","type":"u64"},{"name":"status","type":"u8"}]},{"name":"deregister_device","docs":["Operator: delists the device and releases its bond; refused while rentals are open or the payout is locked. The device account and its reputation stay."],"discriminator":[23,50,159,225,222,5,173,37],"accounts":[{"name":"operator","writable":true,"signer":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}},{"name":"device","writable":true},{"name":"staking_config","writable":true},{"name":"stake_position","writable":true},{"name":"device_bond","writable":true},{"name":"staking_program","address":"3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"}],"args":[]},{"name":"top_up_bond","docs":["Operator: bonds more stake for a device whose bond a slash took below its requirement, so it can be rented again."],"discriminator":[110,37,8,119,210,231,202,197],"accounts":[{"name":"operator","writable":true,"signer":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}},{"name":"device"},{"name":"staking_config","writable":true},{"name":"stake_position","writable":true},{"name":"device_bond","writable":true},{"name":"staking_program","address":"3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"},{"name":"system_program","address":"11111111111111111111111111111111"}],"args":[{"name":"extra","type":"u64"}]},{"name":"release_excess_bond","discriminator":[15,58,106,250,155,191,224,183],"accounts":[{"name":"operator","signer":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}},{"name":"device"},{"name":"staking_config","writable":true},{"name":"stake_position","writable":true},{"name":"device_bond","writable":true},{"name":"staking_program","address":"3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"}],"args":[{"name":"amount","type":"u64"}]},{"name":"lock_payout","docs":["Operator and locker (a program PDA) together: sends the device's earnings to a locked payout until `until`; no rental may run past it; only the locker can unlock."],"discriminator":[140,233,226,207,226,249,150,216],"accounts":[{"name":"operator","signer":true},{"name":"locker","signer":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}},{"name":"device","writable":true},{"name":"payout"}],"args":[{"name":"until","type":"i64"}]},{"name":"unlock_payout","docs":["The payout's locker releases the lock: earnings go to the operator's own payout again."],"discriminator":[106,34,200,84,134,237,230,24],"accounts":[{"name":"locker","signer":true},{"name":"device","writable":true}],"args":[]},{"name":"create_rental","docs":["Books a device for `duration` seconds: the price times GPUs times duration goes into a new escrow and the renter fee to the treasury."],"discriminator":[130,240,153,29,243,149,80,243],"accounts":[{"name":"renter","writable":true,"signer":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]},"writable":true},{"name":"device","writable":true},{"name":"rental","writable":true},{"name":"escrow","writable":true,"pda":{"seeds":[{"kind":"const","value":[101,115,99,114,111,119]},{"kind":"account","path":"rental"}]}},{"name":"payment_mint","writable":true},{"name":"renter_token","writable":true},{"name":"treasury","writable":true},{"name":"token_program"},{"name":"system_program","address":"11111111111111111111111111111111"},{"name":"staking_config"},{"name":"device_bond"},{"name":"renter_position"}],"args":[{"name":"duration","type":"u64"},{"name":"max_price_per_gpu_hour","type":"u64"}]},{"name":"settle","docs":["Anyone: pays the operator what had streamed one dispute window ago and is not yet released, minus the supplier fee, and counts that service for the device's supplier emissions; the last window of service stays in escrow until complete. Pass the memo program after the accounts when the payout requires memos (the SDK always does). supplier_ledger is the market's (the default address before it is opened)."],"discriminator":[175,42,185,87,144,131,102,212],"accounts":[{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]},"writable":true},{"name":"device","writable":true},{"name":"rental","writable":true},{"name":"escrow","writable":true},{"name":"payout","writable":true},{"name":"treasury","writable":true},{"name":"payment_mint","writable":true},{"name":"token_program"},{"name":"staking_config"},{"name":"supplier_ledger","writable":true}],"args":[]},{"name":"extend","docs":["Renter: lengthens a running rental, paying the extra time and its renter fee."],"discriminator":[228,127,0,1,227,154,54,168],"accounts":[{"name":"renter","signer":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]},"writable":true},{"name":"device","writable":true},{"name":"rental","writable":true},{"name":"escrow","writable":true},{"name":"payment_mint","writable":true},{"name":"renter_token","writable":true},{"name":"treasury","writable":true},{"name":"token_program"}],"args":[{"name":"extra_seconds","type":"u64"}]},{"name":"cancel","docs":["Renter: stops a running rental; the streamed part goes to the operator, the rest is refunded, and the accounts close. Pass the memo program after the accounts when the payout requires memos (the SDK always does)."],"discriminator":[232,219,223,41,219,236,220,190],"accounts":[{"name":"renter","writable":true,"signer":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]},"writable":true},{"name":"device","writable":true},{"name":"rental","writable":true},{"name":"escrow","writable":true},{"name":"payout","writable":true},{"name":"renter_token","writable":true},{"name":"treasury","writable":true},{"name":"payment_mint","writable":true},{"name":"token_program"},{"name":"staking_config"},{"name":"supplier_ledger","writable":true}],"args":[]},{"name":"complete","docs":["After the end (the renter at once, anyone after the dispute window): pays the operator the rest and closes the accounts. Pass the memo program after the accounts when the payout requires memos (the SDK always does)."],"discriminator":[0,77,224,147,136,25,88,76],"accounts":[{"name":"caller","signer":true},{"name":"renter","writable":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]},"writable":true},{"name":"device","writable":true},{"name":"rental","writable":true},{"name":"escrow","writable":true},{"name":"payout","writable":true},{"name":"treasury","writable":true},{"name":"payment_mint","writable":true},{"name":"token_program"},{"name":"staking_config"},{"name":"supplier_ledger","writable":true}],"args":[]},{"name":"open_dispute","docs":["Renter, during the rental or within the dispute window: freezes the stream until the arbiter resolves it."],"discriminator":[137,25,99,119,23,223,161,42],"accounts":[{"name":"renter","signer":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}},{"name":"device","writable":true},{"name":"rental","writable":true}],"args":[]},{"name":"resolve_dispute","docs":["Arbiter: splits the escrow's remainder (renter_share_bps to the renter), may slash the operator's bonded stake, and closes the accounts. Pass the memo program after the accounts when the payout requires memos (the SDK always does)."],"discriminator":[231,6,202,6,96,103,12,230],"accounts":[{"name":"arbiter","signer":true},{"name":"renter","writable":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]},"writable":true},{"name":"device","writable":true},{"name":"rental","writable":true},{"name":"escrow","writable":true},{"name":"payout","writable":true},{"name":"renter_token","writable":true},{"name":"treasury","writable":true},{"name":"payment_mint","writable":true},{"name":"token_program"},{"name":"staking_program","address":"3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"},{"name":"staking_config","writable":true},{"name":"stake_position","writable":true},{"name":"stake_vault","writable":true},{"name":"staking_treasury","writable":true},{"name":"io_mint"},{"name":"io_token_program"},{"name":"device_bond","writable":true}],"args":[{"name":"renter_share_bps","type":"u16"},{"name":"slash_amount","type":"u64"}]},{"name":"open_supplier_ledger","docs":["Admin, once: binds the market to its supplier ledger, a new zeroed account of this program (175,384 bytes) created in the same transaction; GPU time served from then on earns supplier emissions."],"discriminator":[253,87,97,79,92,13,13,224],"accounts":[{"name":"admin","signer":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]},"writable":true},{"name":"supplier_ledger","writable":true}],"args":[]},{"name":"claim_supplier_emissions","docs":["Operator: takes the device's supplier emissions (its GPU-seconds of ended days converted to IO) from io_staking's supplier vault, once the crank has funded them."],"discriminator":[85,234,86,90,250,50,205,255],"accounts":[{"name":"operator","signer":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}},{"name":"device","writable":true},{"name":"supplier_ledger"},{"name":"staking_program","address":"3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"},{"name":"staking_config","writable":true},{"name":"supplier_vault","writable":true},{"name":"destination","writable":true},{"name":"io_mint"},{"name":"io_token_program"}],"args":[]},{"name":"sweep_unserved_emissions","docs":["Admin: the suppliers' emission of ended days nobody was paid for service in (or before the ledger opened) goes to io_staking's treasury, once cranked."],"discriminator":[99,63,83,83,199,72,35,148],"accounts":[{"name":"admin","signer":true},{"name":"market","pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}},{"name":"supplier_ledger","writable":true},{"name":"staking_program","address":"3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"},{"name":"staking_config","writable":true},{"name":"supplier_vault","writable":true},{"name":"treasury","writable":true},{"name":"io_mint"},{"name":"io_token_program"}],"args":[]},{"name":"propose_admin","docs":["Admin: proposes a new admin (the default key withdraws the proposal)."],"discriminator":[121,214,199,212,87,39,117,234],"accounts":[{"name":"admin","signer":true},{"name":"market","writable":true,"pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}}],"args":[{"name":"new_admin","type":"pubkey"}]},{"name":"accept_admin","docs":["The proposed admin accepts the role."],"discriminator":[112,42,45,90,116,181,13,170],"accounts":[{"name":"new_admin","signer":true},{"name":"market","writable":true,"pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}}],"args":[]},{"name":"pause","docs":["Admin: refuses register_device, create_rental and extend until unpaused."],"discriminator":[211,22,221,251,74,121,193,47],"accounts":[{"name":"admin","signer":true},{"name":"market","writable":true,"pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}}],"args":[]},{"name":"unpause","docs":["Admin: lifts a pause."],"discriminator":[169,144,4,38,10,141,188,255],"accounts":[{"name":"admin","signer":true},{"name":"market","writable":true,"pda":{"seeds":[{"kind":"const","value":[109,97,114,107,101,116]}]}}],"args":[]}],"accounts":[{"name":"Market","discriminator":[219,190,213,55,0,227,198,154]},{"name":"Device","discriminator":[153,248,23,39,83,45,68,128]},{"name":"Rental","discriminator":[121,83,229,235,73,50,143,184]},{"name":"SupplierLedger","discriminator":[79,240,207,14,67,189,105,117]}],"errors":[{"code":6000,"name":"InvalidFee","msg":"Each fee must be at most 1,000 bps"},{"code":6001,"name":"InvalidDisputeWindow","msg":"The dispute window must be between zero and 30 days"},{"code":6002,"name":"InvalidMaxDuration","msg":"The longest rental must be between one hour and one year"},{"code":6003,"name":"InvalidArbiter","msg":"The arbiter must be set"},{"code":6004,"name":"BondAuthorityMismatch","msg":"io_staking's bond authority is not this market"},{"code":6005,"name":"NotUpgradeAuthority","msg":"Only the program's upgrade authority can initialize it"},{"code":6006,"name":"NotAdmin","msg":"Only the market's admin can do this"},{"code":6007,"name":"NotPendingAdmin","msg":"Only the proposed admin can accept the admin role"},{"code":6008,"name":"Paused","msg":"The market is paused"},{"code":6009,"name":"MathOverflow","msg":"Arithmetic overflow"},{"code":6010,"name":"UnsupportedPaymentMint","msg":"Payments are accepted in IOSD, IO or USDC only"},{"code":6011,"name":"InvalidPrice","msg":"The price per GPU-hour must be positive"},{"code":6012,"name":"InvalidGpuCount","msg":"The GPU count must be positive"},{"code":6013,"name":"UnknownDeviceClass","msg":"io_staking does not offer this device class"},{"code":6014,"name":"InvalidStatus","msg":"The device status must be 0 (available) or 1 (offline)"},{"code":6015,"name":"InsufficientStake","msg":"The operator's unbonded stake does not cover the device's requirement"},{"code":6016,"name":"WrongStakePosition","msg":"The stake position does not belong to the device's operator"},{"code":6017,"name":"NotOperator","msg":"Only the device's operator can do this"},{"code":6018,"name":"DeviceBusy","msg":"The device is rented until its current rental ends"},{"code":6019,"name":"DeviceUnavailable","msg":"The device is offline"},{"code":6020,"name":"DeviceHasOpenRentals","msg":"The device has rentals that are not closed yet"},{"code":6021,"name":"PayoutLocked","msg":"The payout account is locked"},{"code":6022,"name":"PayoutNotLocked","msg":"The payout account is not locked"},{"code":6023,"name":"NotPayoutLocker","msg":"Only the program that locked the payout account can unlock it"},{"code":6024,"name":"InvalidDuration","msg":"The rental duration must be positive"},{"code":6025,"name":"DurationTooLong","msg":"The rental would be longer than the market allows"},{"code":6026,"name":"PriceAboveMax","msg":"The device's price is above the renter's maximum"},{"code":6027,"name":"SelfRental","msg":"An operator cannot rent its own device"},{"code":6028,"name":"InsufficientBalance","msg":"The amount exceeds the token account's balance"},{"code":6029,"name":"NotRenter","msg":"Only the renter can do this"},{"code":6030,"name":"RentalEnded","msg":"The rental has already ended"},{"code":6031,"name":"RentalNotEnded","msg":"The rental has not ended yet"},{"code":6032,"name":"RentalDisputed","msg":"The rental is disputed; only the arbiter can close it"},{"code":6033,"name":"NotDisputed","msg":"The rental is not disputed"},{"code":6034,"name":"NothingToSettle","msg":"Nothing has streamed since the last settlement"},{"code":6035,"name":"DisputeWindowOpen","msg":"Until the dispute window closes, only the renter can complete the rental"},{"code":6036,"name":"DisputeWindowClosed","msg":"The dispute window has closed"},{"code":6037,"name":"NotArbiter","msg":"Only the market's arbiter can resolve disputes"},{"code":6038,"name":"InvalidShare","msg":"The renter's share must be at most 10,000 bps"},{"code":6039,"name":"SlashExceedsBond","msg":"The slash exceeds the stake bonded for this device"},{"code":6040,"name":"SlashAuthorityMismatch","msg":"io_staking's slash authority is not this market"},{"code":6041,"name":"PayoutNotAssociated","msg":"The payout must be the operator's associated token account of the payment mint"},{"code":6042,"name":"RentalPastPayoutLock","msg":"A device whose earnings are locked cannot be rented past the end of the lock's term"},{"code":6043,"name":"WrongDeviceBond","msg":"The bond account is not this device's bond in io_staking"},{"code":6044,"name":"BondBelowRequirement","msg":"The device's bond is below its requirement (slashed): the operator must top it up"},{"code":6045,"name":"DeviceDeregistered","msg":"The device is deregistered"},{"code":6046,"name":"InvalidMinDuration","msg":"The shortest rental that counts for reputation must be between zero and the longest rental"},{"code":6047,"name":"InvalidChangeDelay","msg":"The delay of arbiter changes must be between zero and 30 days"},{"code":6048,"name":"NoPendingChange","msg":"No change of arbiter or fees is pending"},{"code":6049,"name":"ChangeNotReady","msg":"The proposed change's delay has not passed yet"},{"code":6050,"name":"MemoProgramMissing","msg":"The payout requires a memo: pass the memo program after the instruction's accounts"},{"code":6051,"name":"UnsupportedMintExtension","msg":"The mint has a Token-2022 extension that controls balances (only metadata, group, interest-bearing and scaled-UI extensions are accepted)"},{"code":6052,"name":"InvalidPrioritySettings","msg":"Priority tiers must rise strictly from a positive stake, class tiers be at most 3, and the window at most a week"},{"code":6053,"name":"PriorityWindow","msg":"The device is in its priority window: only renters staking at its class's tier may book it now"},{"code":6054,"name":"RentalsOpen","msg":"Excess bond can be released only while no rental of the device is open"},{"code":6055,"name":"SupplierLedgerNotOpen","msg":"The market's supplier ledger has not been opened"},{"code":6056,"name":"SupplierLedgerAlreadyOpen","msg":"The market's supplier ledger is already open"},{"code":6057,"name":"InvalidSupplierLedger","msg":"The supplier ledger must be a new, zeroed account of this program of the ledger's size"},{"code":6058,"name":"EmissionsNotStarted","msg":"io_staking's emission schedule has not been started"},{"code":6059,"name":"NoSupplierEmissions","msg":"The device has no supplier emissions to claim yet (a window converts once it has ended)"},{"code":6060,"name":"SupplierEmissionsNotCranked","msg":"The device's emissions are not in the supplier vault yet: crank io_staking's emissions first"},{"code":6061,"name":"NoUnservedEmissions","msg":"No ended day without service has emissions left to sweep"},{"code":6062,"name":"DuplicatePaymentMint","msg":"The IOSD, IO and USDC mints must be three different mints"}],"types":[{"name":"Market","type":{"kind":"struct","fields":[{"name":"admin","type":"pubkey"},{"name":"pending_admin","type":"pubkey"},{"name":"arbiter","type":"pubkey"},{"name":"change_delay","type":"i64"},{"name":"pending_arbiter","type":"pubkey"},{"name":"change_ready_at","type":"i64"},{"name":"iosd_mint","type":"pubkey"},{"name":"iosd_token_program","type":"pubkey"},{"name":"io_mint","type":"pubkey"},{"name":"io_token_program","type":"pubkey"},{"name":"treasury_iosd","type":"pubkey"},{"name":"treasury_io","type":"pubkey"},{"name":"usdc_mint","type":"pubkey"},{"name":"usdc_token_program","type":"pubkey"},{"name":"treasury_usdc","type":"pubkey"},{"name":"staking_config","type":"pubkey"},{"name":"renter_fee_bps","type":{"array":["u16",3]}},{"name":"supplier_fee_bps","type":{"array":["u16",3]}},{"name":"dispute_window","type":"i64"},{"name":"max_rental_duration","type":"i64"},{"name":"min_rental_duration","type":"i64"},{"name":"paused","type":"bool"},{"name":"bump","type":"u8"},{"name":"tier_thresholds","type":{"array":["u64",3]}},{"name":"class_priority","type":{"array":["u8",4]}},{"name":"priority_window","type":"i64"},{"name":"supplier_ledger","type":"pubkey"},{"name":"pending_renter_fee_bps","type":{"array":["u16",3]}},{"name":"pending_supplier_fee_bps","type":{"array":["u16",3]}},{"name":"io_fees_burned","type":"u64"}]}},{"name":"Device","type":{"kind":"struct","fields":[{"name":"operator","type":"pubkey"},{"name":"device_id","type":"u64"},{"name":"device_class","type":"u8"},{"name":"gpu_count","type":"u32"},{"name":"vram_gb","type":"u32"},{"name":"region","type":{"array":["u8",16]}},{"name":"price_per_gpu_hour","type":"u64"},{"name":"payment_mint","type":"pubkey"},{"name":"payout","type":"pubkey"},{"name":"payout_locker","type":"pubkey"},{"name":"locked_payout","type":"pubkey"},{"name":"locked_until","type":"i64"},{"name":"status","type":"u8"},{"name":"rented_until","type":"i64"},{"name":"active_rental","type":"pubkey"},{"name":"open_rentals","type":"u32"},{"name":"rental_count","type":"u64"},{"name":"completed_rentals","type":"u64"},{"name":"seconds_served","type":"u64"},{"name":"disputes_opened","type":"u32"},{"name":"disputes_lost","type":"u32"},{"name":"clean_gpu_seconds","type":"u64"},{"name":"lost_gpu_seconds","type":"u64"},{"name":"score_bps","type":"u16"},{"name":"registered_at","type":"i64"},{"name":"bump","type":"u8"},{"name":"free_since","type":"i64"},{"name":"emission_window","type":"u64"},{"name":"emission_points","type":"u64"},{"name":"emission_owed","type":"u64"},{"name":"emission_funded_at","type":"u64"},{"name":"emission_claimed","type":"u64"},{"name":"emission_gpu_seconds","type":"u64"}]}},{"name":"Rental","type":{"kind":"struct","fields":[{"name":"device","type":"pubkey"},{"name":"renter","type":"pubkey"},{"name":"nonce","type":"u64"},{"name":"payment_mint","type":"pubkey"},{"name":"escrow","type":"pubkey"},{"name":"price_per_gpu_hour","type":"u64"},{"name":"gpu_count","type":"u32"},{"name":"renter_fee_bps","type":"u16"},{"name":"supplier_fee_bps","type":"u16"},{"name":"start","type":"i64"},{"name":"end","type":"i64"},{"name":"dispute_window","type":"i64"},{"name":"deposited","type":"u64"},{"name":"released","type":"u64"},{"name":"renter_fees","type":"u64"},{"name":"disputed","type":"bool"},{"name":"disputed_at","type":"i64"},{"name":"bump","type":"u8"},{"name":"escrow_bump","type":"u8"},{"name":"seconds_counted","type":"u64"}]}},{"name":"SupplierLedger","docs":["Header of the supplier ledger; WINDOWS entries of (points, emission, funded_at) u64s follow it."],"type":{"kind":"struct","fields":[{"name":"market","type":"pubkey"},{"name":"opened_at","type":"i64"},{"name":"allocated","type":"u64"},{"name":"swept","type":"u64"}]}},{"name":"MarketUpdated","type":{"kind":"struct","fields":[{"name":"arbiter","type":"pubkey"},{"name":"renter_fee_bps","type":{"array":["u16",3]}},{"name":"supplier_fee_bps","type":{"array":["u16",3]}},{"name":"dispute_window","type":"i64"},{"name":"max_rental_duration","type":"i64"},{"name":"min_rental_duration","type":"i64"},{"name":"tier_threshold_1","type":"u64"},{"name":"tier_threshold_2","type":"u64"},{"name":"tier_threshold_3","type":"u64"},{"name":"class_priority","type":{"array":["u8",4]}},{"name":"priority_window","type":"i64"}]}},{"name":"DeviceRegistered","type":{"kind":"struct","fields":[{"name":"device","type":"pubkey"},{"name":"operator","type":"pubkey"},{"name":"device_id","type":"u64"},{"name":"device_class","type":"u8"},{"name":"gpu_count","type":"u32"},{"name":"price_per_gpu_hour","type":"u64"},{"name":"payment_mint","type":"pubkey"},{"name":"bonded","type":"u64"},{"name":"region","type":{"array":["u8",16]}}]}},{"name":"DeviceUpdated","type":{"kind":"struct","fields":[{"name":"device","type":"pubkey"},{"name":"price_per_gpu_hour","type":"u64"},{"name":"status","type":"u8"}]}},{"name":"DeviceDeregistered","type":{"kind":"struct","fields":[{"name":"device","type":"pubkey"},{"name":"operator","type":"pubkey"},{"name":"unbonded","type":"u64"}]}},{"name":"PayoutLocked","type":{"kind":"struct","fields":[{"name":"device","type":"pubkey"},{"name":"payout","type":"pubkey"},{"name":"locker","type":"pubkey"},{"name":"until","type":"i64"}]}},{"name":"PayoutUnlocked","type":{"kind":"struct","fields":[{"name":"device","type":"pubkey"},{"name":"locker","type":"pubkey"}]}},{"name":"RentalCreated","type":{"kind":"struct","fields":[{"name":"rental","type":"pubkey"},{"name":"device","type":"pubkey"},{"name":"renter","type":"pubkey"},{"name":"start","type":"i64"},{"name":"end","type":"i64"},{"name":"deposited","type":"u64"},{"name":"renter_fee","type":"u64"}]}},{"name":"RentalExtended","type":{"kind":"struct","fields":[{"name":"rental","type":"pubkey"},{"name":"end","type":"i64"},{"name":"deposited","type":"u64"},{"name":"added","type":"u64"},{"name":"renter_fee","type":"u64"}]}},{"name":"RentalSettled","type":{"kind":"struct","fields":[{"name":"rental","type":"pubkey"},{"name":"to_operator","type":"u64"},{"name":"supplier_fee","type":"u64"},{"name":"released","type":"u64"}]}},{"name":"RentalCancelled","type":{"kind":"struct","fields":[{"name":"rental","type":"pubkey"},{"name":"to_operator","type":"u64"},{"name":"supplier_fee","type":"u64"},{"name":"refunded","type":"u64"},{"name":"seconds_served","type":"u64"}]}},{"name":"RentalCompleted","type":{"kind":"struct","fields":[{"name":"rental","type":"pubkey"},{"name":"to_operator","type":"u64"},{"name":"supplier_fee","type":"u64"},{"name":"seconds_served","type":"u64"}]}},{"name":"DisputeOpened","type":{"kind":"struct","fields":[{"name":"rental","type":"pubkey"},{"name":"device","type":"pubkey"},{"name":"disputed_at","type":"i64"}]}},{"name":"DisputeResolved","type":{"kind":"struct","fields":[{"name":"rental","type":"pubkey"},{"name":"device","type":"pubkey"},{"name":"to_renter","type":"u64"},{"name":"to_operator","type":"u64"},{"name":"supplier_fee","type":"u64"},{"name":"slashed","type":"u64"},{"name":"operator_lost","type":"bool"}]}},{"name":"AdminChanged","type":{"kind":"struct","fields":[{"name":"previous","type":"pubkey"},{"name":"admin","type":"pubkey"}]}},{"name":"PauseChanged","type":{"kind":"struct","fields":[{"name":"paused","type":"bool"}]}},{"name":"EscrowSurplusSwept","type":{"kind":"struct","fields":[{"name":"rental","type":"pubkey"},{"name":"amount","type":"u64"}]}},{"name":"BondToppedUp","type":{"kind":"struct","fields":[{"name":"device","type":"pubkey"},{"name":"bonded","type":"u64"}]}},{"name":"ConfigChangeProposed","type":{"kind":"struct","fields":[{"name":"ready_at","type":"i64"}]}},{"name":"ConfigChangeApplied","type":{"kind":"struct","fields":[{"name":"ready_at","type":"i64"}]}},{"name":"SupplierLedgerOpened","type":{"kind":"struct","fields":[{"name":"ledger","type":"pubkey"}]}},{"name":"ServiceCounted","type":{"kind":"struct","fields":[{"name":"device","type":"pubkey"},{"name":"window","type":"u64"},{"name":"gpu_seconds","type":"u64"}]}},{"name":"SupplierEmissionsClaimed","type":{"kind":"struct","fields":[{"name":"device","type":"pubkey"},{"name":"operator","type":"pubkey"},{"name":"amount","type":"u64"},{"name":"claimed","type":"u64"}]}},{"name":"UnservedEmissionsSwept","type":{"kind":"struct","fields":[{"name":"amount","type":"u64"},{"name":"swept","type":"u64"}]}}],"events":[{"name":"MarketUpdated","discriminator":[170,51,74,147,116,168,217,251]},{"name":"DeviceRegistered","discriminator":[221,90,2,153,72,98,71,181]},{"name":"DeviceUpdated","discriminator":[19,61,200,102,163,178,2,158]},{"name":"DeviceDeregistered","discriminator":[210,167,30,59,244,7,206,145]},{"name":"PayoutLocked","discriminator":[132,235,78,101,194,212,92,248]},{"name":"PayoutUnlocked","discriminator":[119,139,25,193,63,229,146,218]},{"name":"RentalCreated","discriminator":[206,80,251,161,126,236,97,167]},{"name":"RentalExtended","discriminator":[153,32,84,40,30,35,246,79]},{"name":"RentalSettled","discriminator":[170,51,180,247,186,122,168,59]},{"name":"RentalCancelled","discriminator":[7,110,25,158,197,48,12,238]},{"name":"RentalCompleted","discriminator":[65,182,96,248,177,212,88,124]},{"name":"DisputeOpened","discriminator":[239,222,102,235,193,85,1,214]},{"name":"DisputeResolved","discriminator":[121,64,249,153,139,128,236,187]},{"name":"EscrowSurplusSwept","discriminator":[253,191,108,65,234,114,133,17]},{"name":"BondToppedUp","discriminator":[182,139,47,228,13,187,220,146]},{"name":"SupplierLedgerOpened","discriminator":[114,178,147,62,83,6,112,210]},{"name":"ServiceCounted","discriminator":[215,97,170,249,222,36,146,140]},{"name":"SupplierEmissionsClaimed","discriminator":[198,52,121,9,75,1,16,226]},{"name":"UnservedEmissionsSwept","discriminator":[223,5,19,49,162,156,24,216]},{"name":"ConfigChangeProposed","discriminator":[57,212,96,3,9,29,225,198]},{"name":"ConfigChangeApplied","discriminator":[65,124,47,248,1,25,230,154]},{"name":"AdminChanged","discriminator":[232,34,31,226,62,18,19,114]},{"name":"PauseChanged","discriminator":[238,188,213,78,134,209,178,218]}]} as unknown as RentalEscrow;
